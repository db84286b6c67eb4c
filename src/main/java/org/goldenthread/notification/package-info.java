/**
 * Notifications: email (over SMTP, or kept in the app's outbox when no mail server is set up) in
 * answer to events from every capability, meetings' invitations with their calendar files among
 * them. Every mail about a child leaves through {@link org.goldenthread.notification.ChildMail},
 * which asks the child's door whether the recipient may see the child at the moment of sending. A
 * listener: no capability calls it.
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
      "plan"
    })
package org.goldenthread.notification;
