package org.goldenthread.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps mail in the app's outbox, with its attachments, where a platform administrator can read it.
 */
@Component
@ConditionalOnProperty(
    name = "goldenthread.mail.outbox-enabled",
    havingValue = "true",
    matchIfMissing = true)
class OutboxDelivery implements MailDelivery {

  private final OutboxMessageRepository outbox;
  private final OutboxAttachmentRepository attachments;
  private final Clock clock;

  OutboxDelivery(
      OutboxMessageRepository outbox, OutboxAttachmentRepository attachments, Clock clock) {
    this.outbox = outbox;
    this.attachments = attachments;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void deliver(MailMessage message) {
    OutboxMessage saved = outbox.saveAndFlush(new OutboxMessage(message, clock.instant()));
    List<MailAttachment> files = message.attachments();
    for (int i = 0; i < files.size(); i++) {
      attachments.save(new OutboxAttachment(saved.getId(), i, files.get(i)));
    }
  }
}
