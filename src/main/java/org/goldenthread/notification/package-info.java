/**
 * Notifications: email (over SMTP, or kept in the app's outbox when no mail server is set up) in
 * answer to events from every capability, meetings' invitations with their calendar files among
 * them. A listener: no capability calls it.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"identity", "organisation", "web", "meeting"})
package org.goldenthread.notification;
