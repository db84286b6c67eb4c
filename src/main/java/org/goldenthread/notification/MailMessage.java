package org.goldenthread.notification;

import java.util.List;

/** One plain-text email to one person, with any files attached (a meeting's calendar file). */
record MailMessage(String to, String subject, String body, List<MailAttachment> attachments) {

  MailMessage {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  MailMessage(String to, String subject, String body) {
    this(to, subject, body, List.of());
  }
}
