package org.goldenthread.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.goldenthread.action.ActionStatus;
import org.goldenthread.action.ActionView;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a meeting so that everyone leaves knowing what happens next: it needs the minutes and
 * either a follow-up date (a draft of the next meeting is made: same kind, invitees, length, place
 * and time of day; those invited who may no longer see the child are left off) or a written reason
 * for none. The invitees are emailed the summary. Two people closing at once: the second finds it
 * closed, a conflict (409).
 */
@Service
@Transactional(readOnly = true)
public class MeetingClosing {

  static final int MAX_REASON = 2000;

  private final Meetings meetings;
  private final MeetingRepository store;
  private final MeetingActions actions;
  private final DefaultAgenda agenda;
  private final InviteeChoices choices;
  private final MeetingNotices notices;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MeetingClosing(
      Meetings meetings,
      MeetingRepository store,
      MeetingActions actions,
      DefaultAgenda agenda,
      InviteeChoices choices,
      MeetingNotices notices,
      ApplicationEventPublisher events,
      Clock clock) {
    this.meetings = meetings;
    this.store = store;
    this.actions = actions;
    this.agenda = agenda;
    this.choices = choices;
    this.notices = notices;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Closes a booked meeting that has started. {@code version}, when sent, must be the meeting's
   * version; without it, minutes sent may not replace different minutes already kept (409).
   *
   * @throws MeetingNotStarted before its start time (409; nothing is saved)
   * @throws ValidationProblem naming {@code followUpOn} and {@code noFollowUpReason} when neither
   *     is given, {@code minutes} when there are none, {@code followUpOn} when it is not after the
   *     meeting
   */
  @Transactional
  public WhatHappensNext close(AccessibleMeeting who, Long version, Closing closing) {
    Meeting meeting = meetings.loadForChange(who);
    MeetingRules.requireRun(who.child(), meeting);
    if (version != null) {
      EditConflict.check(version, meeting.version());
    }
    if (meeting.storedStatus() == MeetingStatus.CLOSED) {
      throw new EditConflict(); // someone else closed it first
    }
    if (meeting.storedStatus() != MeetingStatus.BOOKED) {
      throw ValidationProblem.of("status", "meeting.error.notBooked");
    }
    MeetingNotStarted.check(meeting, clock.instant());
    List<FieldMessage> problems = new ArrayList<>();
    String minutes = MeetingInput.text("minutes", closing.minutes(), problems);
    if (minutes == null && meeting.minutes().notes() == null) {
      problems.add(new FieldMessage("minutes", "meeting.error.minutes"));
    }
    if (version == null && replacesOthersMinutes(meeting, minutes)) {
      throw new EditConflict(); // minutes written meanwhile, which the caller did not read
    }
    String reason = MeetingInput.trim(closing.noFollowUpReason());
    LocalDate followUpOn = closing.followUpOn();
    if (followUpOn == null && reason == null) {
      problems.add(new FieldMessage("followUpOn", "meeting.error.followUpOn"));
      problems.add(new FieldMessage("noFollowUpReason", "meeting.error.noFollowUpReason"));
    } else if (followUpOn != null && reason != null) {
      problems.add(new FieldMessage("noFollowUpReason", "meeting.error.followUpOrReason"));
    } else if (followUpOn != null && !followUpOn.isAfter(MeetingTimes.dateOf(meeting.startsAt()))) {
      problems.add(new FieldMessage("followUpOn", "meeting.error.followUpAfter"));
    } else if (reason != null && reason.length() > MAX_REASON) {
      problems.add(new FieldMessage("noFollowUpReason", "meeting.error.tooLong"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    if (minutes != null) {
      Minutes before = meeting.minutes();
      meeting.record(
          new Minutes(minutes, before.parentView(), before.childView(), before.decisions()));
    }
    meeting.close(followUpOn, followUpOn == null ? reason : null, clock.instant());
    if (followUpOn != null) {
      meeting.followedBy(followUp(who, meeting, followUpOn).id());
    }
    store.saveAndFlush(meeting);
    WhatHappensNext next = whatHappensNext(who, meeting);
    events.publishEvent(new MeetingClosed(notices.notice(meeting, who.child(), null), next));
    events.publishEvent(
        who.child()
            .changed(
                ChildRecordChanged.Action.UPDATE,
                Meetings.happened("audit.what.meeting.closed", meeting)));
    return next;
  }

  /**
   * Minutes sent without the version they were written against may fill empty minutes, or repeat
   * those kept, but not replace different ones: those may have been written meanwhile by someone
   * else, and would be lost.
   */
  private static boolean replacesOthersMinutes(Meeting meeting, String minutes) {
    String kept = meeting.minutes().notes();
    return minutes != null && kept != null && !kept.strip().equals(minutes);
  }

  /** Who does what by when, and the next meeting (or why there is none). */
  public WhatHappensNext whatHappensNext(AccessibleMeeting who) {
    return whatHappensNext(who, meetings.load(who));
  }

  private WhatHappensNext whatHappensNext(AccessibleMeeting who, Meeting meeting) {
    String name = meetings.childName(meeting.childId());
    List<ActionView> agreed =
        actions.forMeeting(who.child(), meeting.id()).stream()
            .sorted(
                Comparator.comparing((ActionView a) -> a.status() != ActionStatus.OPEN)
                    .thenComparing(ActionView::dueOn))
            .toList();
    MeetingView next =
        meeting.followUpMeetingId() == null
            ? null
            : store.findById(meeting.followUpMeetingId()).map(meetings::view).orElse(null);
    return new WhatHappensNext(
        meeting.id(),
        agreed,
        meeting.followUpOn(),
        next,
        meeting.view(name, clock.instant()).noFollowUpReason());
  }

  private Meeting followUp(AccessibleMeeting who, Meeting closed, LocalDate on) {
    Meeting next =
        new Meeting(
            closed.childId(),
            who.user().id(),
            who.user().displayName(),
            MeetingStatus.DRAFT,
            clock.instant(),
            notices.calendarDomain());
    next.arrange(
        closed.kind(),
        MeetingTimes.startsAt(on, MeetingTimes.timeOf(closed.startsAt())),
        closed.durationMinutes(),
        closed.location(),
        choices.invitees(
            who.child(),
            who.user().id(),
            who.user().displayName(),
            closed.invitees().stream().map(Invitee::userId).toList(),
            closed.invitees()),
        agenda.of(who.child(), meetings.givenName(closed.childId()), closed.kind(), true));
    next.follows(closed.id());
    store.saveAndFlush(next);
    events.publishEvent(
        who.child()
            .changed(
                ChildRecordChanged.Action.CREATE,
                Meetings.happened("audit.what.meeting.followUp", next)));
    return next;
  }
}
