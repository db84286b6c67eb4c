package org.goldenthread.inbox;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.family.FamilyLetters;
import org.goldenthread.inbox.InboxItems.NewItem;
import org.goldenthread.meeting.FamilyRecipient;
import org.goldenthread.meeting.MeetingBooked;
import org.goldenthread.meeting.MeetingCancelled;
import org.goldenthread.meeting.MeetingChanged;
import org.goldenthread.meeting.MeetingClosed;
import org.goldenthread.meeting.MeetingNotice;
import org.goldenthread.meeting.Recipient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Inbox items about meetings, for everyone their letters go to who has an account (the invitees,
 * and the parents on the family record who are not invited), but not for whoever did it: a meeting
 * booked, changed (and for anyone no longer invited, that they are not), called off, and closed
 * with what happens next. Each has its letter, the immediate email of its kind.
 */
@Component
class InboxFromMeetings {

  private final InboxItems inbox;
  private final FamilyLetters family;
  private final InboxWords words;
  private final Clock clock;

  InboxFromMeetings(InboxItems inbox, FamilyLetters family, InboxWords words, Clock clock) {
    this.inbox = inbox;
    this.family = family;
    this.words = words;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(MeetingBooked event) {
    add(event.notice(), everyone(event.notice()), "booked");
  }

  @ApplicationModuleListener
  void on(MeetingChanged event) {
    add(event.notice(), everyone(event.notice()), "changed");
    add(event.notice(), event.uninvited().stream().map(Recipient::userId).toList(), "uninvited");
  }

  @ApplicationModuleListener
  void on(MeetingCancelled event) {
    add(event.notice(), everyone(event.notice()), "cancelled");
  }

  @ApplicationModuleListener
  void on(MeetingClosed event) {
    add(event.notice(), everyone(event.notice()), "closed");
  }

  private void add(MeetingNotice notice, List<UUID> people, String what) {
    inbox.add(
        people,
        () ->
            new NewItem(
                InboxKind.MEETING,
                notice.childId(),
                words.text(
                    "inbox.title.meeting." + what,
                    words.text("meeting.kind." + notice.kind().name()),
                    notice.childName(),
                    words.dateTime(notice.startsAt())),
                "/meetings/" + notice.meetingId(),
                clock.instant(),
                String.join(
                    ":",
                    "meeting",
                    notice.meetingId().toString(),
                    what,
                    String.valueOf(notice.calendarSequence())),
                notice.sender().userId(),
                true));
  }

  /** The invitees, then the parents not invited who have an account now. */
  private List<UUID> everyone(MeetingNotice notice) {
    Set<UUID> people = new LinkedHashSet<>();
    notice.recipients().forEach(person -> people.add(person.userId()));
    for (FamilyRecipient parent : notice.family()) {
      family
          .member(notice.childId(), parent.memberId())
          .filter(entry -> entry.userId() != null && entry.informedAsParent())
          .ifPresent(entry -> people.add(entry.userId()));
    }
    return List.copyOf(people);
  }
}
