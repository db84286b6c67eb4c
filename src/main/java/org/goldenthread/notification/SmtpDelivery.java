package org.goldenthread.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends mail through the SMTP server in {@code spring.mail.*}. */
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
  public void deliver(MailMessage message) {
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(from);
    mail.setTo(message.to());
    mail.setSubject(message.subject());
    mail.setText(message.body());
    sender.send(mail);
  }
}
