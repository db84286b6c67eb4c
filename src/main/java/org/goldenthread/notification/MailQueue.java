package org.goldenthread.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mail queue (the {@code outbox_message} table, which the demo mode shows as the outbox): the
 * listeners put each message here in their own transaction, so that a message is queued exactly
 * when the work that calls for it is done, and {@link MailQueueSender} sends it from there on
 * whichever node claims it first. A message with a key ({@link MailMessage#onceKey()}) is queued
 * once: an event handled again after a node stopped half way through it queues nothing more. The
 * sender on this node is woken as soon as the transaction that queued a message commits.
 */
@Component
@EnableConfigurationProperties(MailQueueSettings.class)
class MailQueue {

  private static final Logger log = LoggerFactory.getLogger(MailQueue.class);

  /** The first key of the advisory locks that keep two writers of one keyed letter apart. */
  private static final int ONCE_KEY_LOCKS = 0x6d61696c;

  private final OutboxMessageRepository outbox;
  private final OutboxAttachmentRepository attachments;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final String channel;
  private final Semaphore wake = new Semaphore(0);

  MailQueue(
      OutboxMessageRepository outbox,
      OutboxAttachmentRepository attachments,
      JdbcClient jdbc,
      Clock clock,
      MailDelivery delivery,
      MailQueueSettings settings) {
    this.outbox = outbox;
    this.attachments = attachments;
    this.jdbc = jdbc;
    this.clock = clock;
    this.channel = settings.channelOf(delivery);
  }

  /** Queues the message in the caller's transaction (or a new one), unless its key is queued. */
  @Transactional
  public void enqueue(MailMessage message) {
    if (message.onceKey() != null && queuedAlready(message.onceKey())) {
      log.info("A letter was not queued again: it is queued already");
      return;
    }
    OutboxMessage saved = outbox.saveAndFlush(new OutboxMessage(message, channel, clock.instant()));
    List<MailAttachment> files = message.attachments();
    for (int i = 0; i < files.size(); i++) {
      attachments.save(new OutboxAttachment(saved.getId(), i, files.get(i)));
    }
    wakeAfterCommit();
  }

  /**
   * Whether a message with this key is queued (or sent) already. Two writers of the same letter
   * take turns on the key's lock, so the second sees the first one's message once it is committed.
   */
  private boolean queuedAlready(String key) {
    jdbc.sql("select pg_advisory_xact_lock(:space, hashtext(:key))")
        .param("space", ONCE_KEY_LOCKS)
        .param("key", key)
        .query((row, n) -> n)
        .list();
    return jdbc.sql("select exists (select 1 from outbox_message where once_key = :key)")
        .param("key", key)
        .query(Boolean.class)
        .single();
  }

  private void wakeAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              wake.release();
            }
          });
    }
  }

  /** Waits until a message was queued on this node, or the time is up. */
  void awaitWork(Duration timeout) throws InterruptedException {
    if (wake.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      wake.drainPermits();
    }
  }

  /** Wakes the sender at once (when it stops). */
  void wakeNow() {
    wake.release();
  }

  /** The messages waiting to be sent, on every channel (failed ones not counted). */
  long queued() {
    return jdbc.sql(
            "select count(*) from outbox_message where sent_at is null and failed_at is null")
        .query(Long.class)
        .single();
  }

  /** The messages kept after failing too often: not tried again until someone looks at them. */
  long failed() {
    return jdbc.sql("select count(*) from outbox_message where failed_at is not null")
        .query(Long.class)
        .single();
  }
}
