package org.goldenthread.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued mail, on every node: one message at a time, each in a transaction that claims it
 * ({@code FOR UPDATE SKIP LOCKED}, so two nodes never take the same message), hands it to the
 * delivery and marks it sent, or records the failure and when to try again ({@link
 * MailQueueSettings}). It looks as soon as a message is queued on this node, and every second for
 * mail queued on another. A node killed while sending leaves its claim unmarked, and the message is
 * sent again by another.
 */
@Component
class MailQueueSender implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(MailQueueSender.class);

  private final MailQueue queue;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final MailDelivery delivery;
  private final MailQueueSettings settings;
  private final String channel;
  private volatile Thread worker;

  MailQueueSender(
      MailQueue queue,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      MailDelivery delivery,
      MailQueueSettings settings) {
    this.queue = queue;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.delivery = delivery;
    this.settings = settings;
    this.channel = settings.channelOf(delivery);
  }

  /**
   * Claims the next message due on this delivery's channel and hands it over, in one transaction.
   *
   * @return whether there was one (sent or not)
   */
  boolean sendNext() {
    return Boolean.TRUE.equals(
        transaction.execute(status -> claimNext().map(this::handOver).isPresent()));
  }

  private Optional<Claimed> claimNext() {
    return jdbc.sql(
            """
            select id, recipient, subject, body, once_key, attempts from outbox_message
             where channel = :channel and sent_at is null and failed_at is null
               and next_attempt_at <= now()
             order by next_attempt_at
             limit 1
               for update skip locked
            """)
        .param("channel", channel)
        .query(
            (row, n) ->
                new Claimed(
                    row.getObject("id", UUID.class),
                    row.getString("recipient"),
                    row.getString("subject"),
                    row.getString("body"),
                    row.getString("once_key"),
                    row.getInt("attempts")))
        .optional();
  }

  private Claimed handOver(Claimed message) {
    try {
      delivery.deliver(message.toMail(attachmentsOf(message.id())));
      jdbc.sql("update outbox_message set sent_at = now(), last_error = null where id = :id")
          .param("id", message.id())
          .update();
    } catch (RuntimeException e) {
      failed(message, e);
    }
    return message;
  }

  private List<MailAttachment> attachmentsOf(UUID messageId) {
    return jdbc.sql(
            "select filename, content_type, content from outbox_attachment"
                + " where message_id = :id order by position")
        .param("id", messageId)
        .query(
            (row, n) ->
                new MailAttachment(
                    row.getString("filename"),
                    row.getString("content_type"),
                    row.getBytes("content")))
        .list();
  }

  private void failed(Claimed message, RuntimeException e) {
    int failures = message.attempts() + 1;
    boolean giveUp = failures >= settings.attempts();
    jdbc.sql(
            """
            update outbox_message
               set attempts = :failures, last_error = left(:error, 1000),
                   next_attempt_at = now() + make_interval(secs => :wait),
                   failed_at = case when :giveUp then now() end
             where id = :id
            """)
        .param("failures", failures)
        .param("error", e.getClass().getSimpleName() + ": " + e.getMessage())
        .param("wait", settings.after(failures).toMillis() / 1000.0)
        .param("giveUp", giveUp)
        .param("id", message.id())
        .update();
    if (giveUp) {
      log.error(
          "Mail {} could not be sent after {} attempts; it is kept, marked failed ({})",
          message.id(),
          failures,
          e.getClass().getSimpleName());
    } else {
      log.warn(
          "Mail {} could not be sent (attempt {}, {}); it is tried again in {}",
          message.id(),
          failures,
          e.getClass().getSimpleName(),
          settings.after(failures));
    }
  }

  private void work() {
    while (worker == Thread.currentThread()) {
      try {
        while (worker == Thread.currentThread() && sendNext()) {
          // Next one.
        }
        queue.awaitWork(settings.pollInterval());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("The mail queue could not be read; trying again shortly", e);
        pause();
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(settings.pollInterval().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void start() {
    Thread thread = new Thread(this::work, "mail-queue-sender");
    thread.setDaemon(true);
    worker = thread;
    thread.start();
  }

  @Override
  public void stop() {
    Thread thread = worker;
    worker = null;
    queue.wakeNow();
    if (thread != null) {
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return worker != null;
  }

  /** A claimed message, with the number of failed attempts before this one. */
  private record Claimed(
      UUID id, String recipient, String subject, String body, String onceKey, int attempts) {

    MailMessage toMail(List<MailAttachment> attachments) {
      return new MailMessage(recipient, subject, body, attachments, onceKey);
    }
  }
}
