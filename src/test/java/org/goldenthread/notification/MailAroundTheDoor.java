package org.goldenthread.notification;

import org.goldenthread.meeting.MeetingCancelled;
import org.goldenthread.meeting.Recipient;

/**
 * A listener written the wrong way, for {@link ChildMailArchitectureTests} to catch: it mails
 * everyone on a meeting's list without asking the child's door. Never a bean.
 */
class MailAroundTheDoor {

  private final MailDelivery delivery;

  MailAroundTheDoor(MailDelivery delivery) {
    this.delivery = delivery;
  }

  void on(MeetingCancelled event) {
    for (Recipient person : event.notice().recipients()) {
      delivery.deliver(new MailMessage(person.email(), "Cancelled", "The meeting is off."));
    }
  }
}
