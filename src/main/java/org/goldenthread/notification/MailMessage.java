package org.goldenthread.notification;

/** One plain-text email to one person. */
record MailMessage(String to, String subject, String body) {}
