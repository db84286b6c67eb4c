package org.goldenthread.notification;

import java.nio.charset.StandardCharsets;

/**
 * A file attached to an email: its name, its content type (with parameters, such as {@code
 * text/calendar; charset=UTF-8; method=REQUEST}) and its bytes.
 */
record MailAttachment(String filename, String contentType, byte[] content) {

  /** A meeting's calendar file (RFC 5545) with the method it carries. */
  static MailAttachment calendar(String ics, String method) {
    return new MailAttachment(
        "invite.ics",
        "text/calendar; charset=UTF-8; method=" + method,
        ics.getBytes(StandardCharsets.UTF_8));
  }
}
