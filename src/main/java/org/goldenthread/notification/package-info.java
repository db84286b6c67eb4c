/**
 * Notifications: email (over SMTP, or kept in the app's outbox when no mail server is set up) in
 * answer to events from every capability, meetings' invitations with their calendar files among
 * them. Every mail about a child leaves through {@link org.goldenthread.notification.ChildMail},
 * which asks the child's door whether the recipient may see the child at the moment of sending, and
 * whether they chose immediate email for the letter's kind ({@code inbox.NotificationPreferences}).
 * Besides the letters of their own, an inbox item of a kind with none (a message, a request, an
 * action due) is emailed at once to whoever chose that ({@link
 * org.goldenthread.notification.ImmediateMail}), and the daily digest is sent ({@link
 * org.goldenthread.notification.DigestMail}). Every message is queued ({@link
 * org.goldenthread.notification.MailQueue}) in the listener's transaction and sent by {@link
 * org.goldenthread.notification.MailQueueSender} on whichever app node claims it first. A listener:
 * no capability calls it.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "identity",
      "organisation",
      "web",
      "meeting",
      "action",
      "child",
      "family",
      "deadline",
      "statutory",
      "plan",
      "inbox"
    })
package org.goldenthread.notification;
