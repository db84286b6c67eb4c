package org.goldenthread.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.goldenthread.action.ActionView;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.inbox.InboxItems.NewItem;
import org.goldenthread.meeting.MeetingView;
import org.goldenthread.meeting.Meetings;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates coming up, put in the inbox of those they concern: a booked meeting starting within 2
 * days (for each invitee), and an open action due within 2 days, or overdue (for its owner).
 * Checked every hour, like the deadline notices; each reminder is put in an inbox once, whichever
 * app node sees it first (its source key is unique per person), and an overdue action once more in
 * the week after its date.
 */
@Component
class InboxReminders {

  static final Duration AHEAD = Duration.ofDays(2);

  /** How long after its date an overdue action is still looked at (it is reminded of once). */
  static final int OVERDUE_WINDOW = 7;

  private final Meetings meetings;
  private final MeetingActions actions;
  private final InboxItems inbox;
  private final InboxWords words;
  private final Clock clock;

  InboxReminders(
      Meetings meetings, MeetingActions actions, InboxItems inbox, InboxWords words, Clock clock) {
    this.meetings = meetings;
    this.actions = actions;
    this.inbox = inbox;
    this.words = words;
    this.clock = clock;
  }

  @SchedulerLock(name = "inbox-reminders")
  @Scheduled(
      initialDelayString = "${goldenthread.inbox.reminder-delay:PT2M}",
      fixedDelayString = "${goldenthread.inbox.reminder-interval:PT1H}")
  void check() {
    remind();
  }

  /** Puts the reminders due now in the inboxes; answers how many were added. */
  @Transactional
  int remind() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    int added = 0;
    for (MeetingView meeting : meetings.bookedStartingBetween(now, now.plus(AHEAD))) {
      added +=
          inbox
              .add(
                  meeting.inviteeIds(),
                  () ->
                      new NewItem(
                          InboxKind.MEETING,
                          meeting.childId(),
                          words.text(
                              "inbox.title.meeting.soon",
                              words.text("meeting.kind." + meeting.kind().name()),
                              meeting.childName(),
                              words.dateTime(meeting.startsAt())),
                          "/meetings/" + meeting.id(),
                          now,
                          "meeting:" + meeting.id() + ":soon:" + meeting.startsAt(),
                          null,
                          false))
              .size();
    }
    for (ActionView action :
        actions.openDueBetween(today.minusDays(OVERDUE_WINDOW), today.plusDays(AHEAD.toDays()))) {
      boolean overdue = action.dueOn().isBefore(today);
      String which = overdue ? "overdue" : "soon";
      added +=
          inbox
              .add(
                  List.of(action.ownerId()),
                  () ->
                      new NewItem(
                          InboxKind.ACTION,
                          action.childId(),
                          words.text(
                              "inbox.title.action." + which,
                              action.childName(),
                              words.date(action.dueOn()),
                              action.description()),
                          "/meetings/" + action.meetingId(),
                          now,
                          "action:" + action.id() + ":" + which + ":" + action.dueOn(),
                          null,
                          false))
              .size();
    }
    return added;
  }
}
