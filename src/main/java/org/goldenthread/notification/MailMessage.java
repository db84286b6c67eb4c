package org.goldenthread.notification;

import java.util.List;

/**
 * One plain-text email to one person, with any files attached (a meeting's calendar file).
 *
 * @param onceKey names the letter when an event may be handled twice (after a node stopped half way
 *     through it): a message with a key is queued once, however often it is written; null for none
 */
record MailMessage(
    String to, String subject, String body, List<MailAttachment> attachments, String onceKey) {

  MailMessage {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  MailMessage(String to, String subject, String body, List<MailAttachment> attachments) {
    this(to, subject, body, attachments, null);
  }

  MailMessage(String to, String subject, String body) {
    this(to, subject, body, List.of());
  }
}
