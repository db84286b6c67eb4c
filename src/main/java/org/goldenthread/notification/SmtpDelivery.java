package org.goldenthread.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends queued mail through the SMTP server in {@code spring.mail.*}: plain text, or a multipart
 * message with the text first and each attachment after it. A failure is thrown, and the queue
 * tries the message again later.
 */
@Component
@ConditionalOnProperty(name = "goldenthread.mail.outbox-enabled", havingValue = "false")
class SmtpDelivery implements MailDelivery {

  private final JavaMailSender sender;
  private final String from;

  SmtpDelivery(JavaMailSender sender, @Value("${goldenthread.mail.from}") String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public String channel() {
    return "smtp";
  }

  @Override
  public void deliver(MailMessage message) {
    if (message.attachments().isEmpty()) {
      SimpleMailMessage mail = new SimpleMailMessage();
      mail.setFrom(from);
      mail.setTo(message.to());
      mail.setSubject(message.subject());
      mail.setText(message.body());
      sender.send(mail);
      return;
    }
    MimeMessage mail = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(message.to());
      helper.setSubject(message.subject());
      helper.setText(message.body(), false);
      for (MailAttachment attachment : message.attachments()) {
        helper.addAttachment(
            attachment.filename(),
            new ByteArrayResource(attachment.content()),
            attachment.contentType());
      }
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    sender.send(mail);
  }
}
