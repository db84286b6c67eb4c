package org.goldenthread.notification;

/** Where mail goes: an SMTP server, or the outbox in the app. */
interface MailDelivery {
  void deliver(MailMessage message);
}
