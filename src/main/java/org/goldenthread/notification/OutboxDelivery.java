package org.goldenthread.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps mail in the app's outbox, where a platform administrator reads it: the queued message is
 * the outbox's entry already (with its attachments), so handing it over sends nothing anywhere, and
 * the queue marks it delivered.
 */
@Component
@ConditionalOnProperty(
    name = "goldenthread.mail.outbox-enabled",
    havingValue = "true",
    matchIfMissing = true)
class OutboxDelivery implements MailDelivery {

  @Override
  public String channel() {
    return "outbox";
  }

  @Override
  public void deliver(MailMessage message) {
    // Nothing leaves: the outbox page lists the queued message itself.
  }
}
