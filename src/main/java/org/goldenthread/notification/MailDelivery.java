package org.goldenthread.notification;

/**
 * Where queued mail goes: an SMTP server, or the outbox in the app. Only {@link MailQueueSender}
 * hands mail over; everything else queues it ({@link MailQueue}).
 */
interface MailDelivery {

  /** Hands the message over; throws when it could not (it is tried again later). */
  void deliver(MailMessage message);

  /**
   * The name of the queue this delivery takes messages from: mail is queued for the delivery the
   * app has when it is written, and only a sender with that delivery takes it.
   */
  String channel();
}
