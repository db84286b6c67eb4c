package org.goldenthread.notification;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps mail in the app's outbox, where a platform administrator can read it. */
@Component
@ConditionalOnProperty(
    name = "goldenthread.mail.outbox-enabled",
    havingValue = "true",
    matchIfMissing = true)
class OutboxDelivery implements MailDelivery {

  private final OutboxMessageRepository outbox;
  private final Clock clock;

  OutboxDelivery(OutboxMessageRepository outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void deliver(MailMessage message) {
    outbox.save(new OutboxMessage(message, clock.instant()));
  }
}
