package org.goldenthread.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Invitations;
import org.goldenthread.identity.NewInvitation;
import org.goldenthread.identity.Role;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.MailServer;
import org.goldenthread.support.Mailbox;
import org.goldenthread.support.WithMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail queue on a real database and a real SMTP server (GreenMail): a message is taken by one
 * sender only, however many work the queue at once; one that fails is tried again and, failing too
 * often, kept and counted; mail meant to go at once reaches the server within 5 seconds, whether it
 * was queued on this node or on another.
 */
@IntegrationTest
@WithMailServer
class MailQueueTests {

  @Autowired OutboxMessageRepository outbox;
  @Autowired OutboxAttachmentRepository attachments;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Clock clock;
  @Autowired MailDelivery delivery;
  @Autowired MailQueueSettings settings;
  @Autowired MeterRegistry meters;
  @Autowired Invitations invitations;
  @Autowired Accounts accounts;
  Mailbox mailbox = MailServer.mailbox();

  @Test
  void twoSendersAtOnceSendEachMessageOnce() {
    Recording recording = new Recording("two-senders-" + UUID.randomUUID(), 0);
    MailQueue queue = queue(recording, settings(3));
    List<String> recipients =
        IntStream.range(0, 40).mapToObj(i -> "once" + i + "@queue.example").toList();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> recipients.forEach(to -> queue.enqueue(new MailMessage(to, "Hi", "Hello"))));

    List<Integer> sent =
        AtOnce.run(() -> drain(sender(queue, recording)), () -> drain(sender(queue, recording)));

    assertThat(sent.get(0) + sent.get(1)).isEqualTo(40);
    assertThat(sent).as("both senders took some").allMatch(n -> n > 0);
    assertThat(recording.delivered).containsExactlyInAnyOrderElementsOf(recipients);
    assertThat(unsent(recording.channel)).isZero();
  }

  @Test
  void aKeyedLetterIsQueuedOnceHoweverOftenItIsWritten() {
    Recording recording = new Recording("once-" + UUID.randomUUID(), 0);
    MailQueue queue = queue(recording, settings(3));
    String key = "digest:" + UUID.randomUUID();
    MailMessage digest = new MailMessage("kay@queue.example", "Digest", "Items", List.of(), key);

    AtOnce.run(() -> enqueue(queue, digest), () -> enqueue(queue, digest));
    enqueue(queue, digest);

    assertThat(drain(sender(queue, recording))).isOne();
    assertThat(recording.delivered).containsExactly("kay@queue.example");
  }

  @Test
  void aMessageThatFailsIsTriedAgainLaterAndSentThen() {
    Recording recording = new Recording("retry-" + UUID.randomUUID(), 1);
    MailQueueSettings quick = settings(3);
    MailQueue queue = queue(recording, quick);
    enqueue(queue, new MailMessage("rita@queue.example", "Hi", "Hello"));
    MailQueueSender sender = sender(queue, recording, quick);

    assertThat(sender.sendNext()).as("claimed, failed").isTrue();
    assertThat(sender.sendNext()).as("not due again at once").isFalse();
    assertThat(recording.delivered).isEmpty();
    assertThat(column("attempts", recording.channel)).isEqualTo(1);
    assertThat((String) column("last_error", recording.channel)).contains("MailSendException");

    await().atMost(Duration.ofSeconds(5)).until(sender::sendNext);
    assertThat(recording.delivered).containsExactly("rita@queue.example");
    assertThat(unsent(recording.channel)).isZero();
  }

  @Test
  void aMessageThatKeepsFailingIsKeptMarkedFailedAndCounted() {
    Recording recording = new Recording("failing-" + UUID.randomUUID(), Integer.MAX_VALUE);
    MailQueueSettings quick = settings(3);
    MailQueue queue = queue(recording, quick);
    double failedBefore = meters.get("goldenthread.mail.failed").gauge().value();
    enqueue(queue, new MailMessage("fay@queue.example", "Hi", "Hello"));
    assertThat(meters.get("goldenthread.mail.queued").gauge().value())
        .as("queued and not sent yet")
        .isGreaterThanOrEqualTo(1);
    MailQueueSender sender = sender(queue, recording, quick);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              sender.sendNext();
              return failedAt(recording.channel) != null;
            });

    assertThat(recording.attempts).hasValue(3);
    assertThat(column("attempts", recording.channel)).isEqualTo(3);
    assertThat(sender.sendNext()).as("not tried again").isFalse();
    assertThat(meters.get("goldenthread.mail.failed").gauge().value())
        .isGreaterThanOrEqualTo(failedBefore + 1);
  }

  @Test
  void mailMeantToGoAtOnceReachesTheServerWithinFiveSeconds() {
    String email = "quick." + UUID.randomUUID() + "@queue.example";
    UUID admin = accounts.findByEmail("admin@goldenthread.example").orElseThrow().id();
    long start = System.nanoTime();

    invitations.invite(new NewInvitation(email, "Quinn Quick", Role.PLATFORM_ADMIN, null), admin);

    await().atMost(Duration.ofSeconds(5)).until(() -> !mailbox.to(email).isEmpty());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void mailQueuedOnAnotherNodeLeavesFromThisOneWithinFiveSeconds() {
    String email = "elsewhere." + UUID.randomUUID() + "@queue.example";

    jdbc.sql(
            "insert into outbox_message (recipient, subject, body, channel)"
                + " values (:to, 'From node B', 'Queued over there', :channel)")
        .param("to", email)
        .param("channel", settings.channelOf(delivery))
        .update();

    await().atMost(Duration.ofSeconds(5)).until(() -> !mailbox.to(email).isEmpty());
    assertThat(Mailbox.subject(mailbox.to(email).get(0))).isEqualTo("From node B");
  }

  private MailQueueSettings settings(int attempts) {
    return new MailQueueSettings(
        Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(1), attempts, null);
  }

  private MailQueue queue(Recording recording, MailQueueSettings queueSettings) {
    return new MailQueue(outbox, attachments, jdbc, clock, recording, queueSettings);
  }

  private MailQueueSender sender(MailQueue queue, Recording recording) {
    return sender(queue, recording, settings(3));
  }

  private MailQueueSender sender(
      MailQueue queue, Recording recording, MailQueueSettings queueSettings) {
    return new MailQueueSender(queue, jdbc, transactions, recording, queueSettings);
  }

  private int enqueue(MailQueue queue, MailMessage message) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> queue.enqueue(message));
    return 1;
  }

  private static int drain(MailQueueSender sender) {
    int sent = 0;
    while (sender.sendNext()) {
      sent++;
    }
    return sent;
  }

  private long unsent(String channel) {
    return jdbc.sql("select count(*) from outbox_message where channel = :c and sent_at is null")
        .param("c", channel)
        .query(Long.class)
        .single();
  }

  private Object column(String name, String channel) {
    return jdbc.sql("select " + name + " from outbox_message where channel = :c")
        .param("c", channel)
        .query((row, n) -> row.getObject(1))
        .list()
        .get(0);
  }

  private Object failedAt(String channel) {
    return column("failed_at", channel);
  }

  /**
   * A delivery on a channel of its own that records what it was given, failing the first {@code
   * failures} attempts, and taking a few milliseconds over each message as an SMTP server does.
   */
  private static final class Recording implements MailDelivery {

    final String channel;
    final int failures;
    final AtomicInteger attempts = new AtomicInteger();
    final ConcurrentLinkedQueue<String> delivered = new ConcurrentLinkedQueue<>();

    Recording(String channel, int failures) {
      this.channel = channel;
      this.failures = failures;
    }

    @Override
    public void deliver(MailMessage message) {
      if (attempts.incrementAndGet() <= failures) {
        throw new MailSendException("The server said no");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      delivered.add(message.to());
    }

    @Override
    public String channel() {
      return channel;
    }
  }
}
