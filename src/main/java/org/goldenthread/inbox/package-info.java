/**
 * The inbox (issue 15, part 6): for everyone with an account, an item for each thing about a child
 * they should know of, by kind (meetings, actions due, deadlines, evidence, views, requests,
 * messages, changes to support, concerns, disagreements, moves to another school, and the family's
 * invitation to say how a meeting or review went), made from the other capabilities' events and a
 * daily check of the dates coming up, only for someone the child's door lets see the child at that
 * moment, and hidden once they may not; its page and {@code /api/v1/inbox}, with the unread count
 * in the navigation. Each person's choice of email per kind ({@link
 * org.goldenthread.inbox.NotificationPreferences}, {@code /api/v1/me/notification-preferences} and
 * {@code /account/notifications}), and the daily digest, claimed once per person and day ({@link
 * org.goldenthread.inbox.DigestDue}). It sends no mail itself: {@code notification} reads the
 * choices and sends the emails ({@link org.goldenthread.inbox.InboxItemAdded}, {@link
 * org.goldenthread.inbox.DigestDue}); who hears of a deadline is one rule for both ({@link
 * org.goldenthread.inbox.DeadlineNoticeAudience}). A listener like {@code notification}: it uses
 * the capabilities whose events it hears, and none uses it but {@code notification}.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "child",
      "family",
      "identity",
      "organisation",
      "web",
      "deadline",
      "meeting",
      "action",
      "statutory",
      "request",
      "concern",
      "message",
      "plan",
      "document",
      "disagreement",
      "worker",
      "feedback",
      "transfer"
    })
package org.goldenthread.inbox;
