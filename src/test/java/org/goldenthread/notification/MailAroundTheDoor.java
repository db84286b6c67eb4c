package org.goldenthread.notification;

import org.goldenthread.meeting.MeetingCancelled;
import org.goldenthread.meeting.Recipient;

/**
 * A listener written the wrong way, for {@link ChildMailArchitectureTests} to catch: it mails
 * everyone on a meeting's list without asking the child's door. Never a bean.
 */
class MailAroundTheDoor {

  private final MailQueue queue;

  MailAroundTheDoor(MailQueue queue) {
    this.queue = queue;
  }

  void on(MeetingCancelled event) {
    for (Recipient person : event.notice().recipients()) {
      queue.enqueue(new MailMessage(person.email(), "Cancelled", "The meeting is off."));
    }
  }
}
