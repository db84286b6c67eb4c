package org.goldenthread.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.goldenthread.action.AccessibleAction;
import org.goldenthread.action.ActionAccess;
import org.goldenthread.action.ActionInput;
import org.goldenthread.action.ActionStatus;
import org.goldenthread.action.ActionUpdate;
import org.goldenthread.action.ActionView;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.meeting.AccessibleMeeting;
import org.goldenthread.meeting.Closing;
import org.goldenthread.meeting.ContributionInput;
import org.goldenthread.meeting.ContributionKind;
import org.goldenthread.meeting.MeetingAccess;
import org.goldenthread.meeting.MeetingClosing;
import org.goldenthread.meeting.MeetingDetails;
import org.goldenthread.meeting.MeetingKind;
import org.goldenthread.meeting.MeetingPreparation;
import org.goldenthread.meeting.MeetingTimes;
import org.goldenthread.meeting.MeetingView;
import org.goldenthread.meeting.Meetings;
import org.goldenthread.meeting.Minutes;
import org.goldenthread.meeting.WhatHappensNext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo meetings, dated from today so that the product looks the same whenever it runs: Sarah's
 * SEN support review four weeks ago, with her mother's preparation, minutes and two actions (one
 * done, one overdue), closed with the next review booked three weeks ahead. Oliver Nowak, also on
 * SEN support at Riverside, has had no meeting with his parents this school year and none is
 * booked, so he is flagged on the three-a-year rhythm (due soon in the six weeks before 31
 * December, behind after it). Chloe Davies, who has an EHC plan, has its annual review booked with
 * the council's SEND officer, who owes an action from the meeting that planned it. Loaded once:
 * nothing is added when Sarah already has a meeting.
 */
@Component
@Order(3)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoMeetings implements DemoStep {

  private final DemoPeople people;
  private final ChildAccess access;
  private final Meetings meetings;
  private final MeetingAccess meetingAccess;
  private final MeetingPreparation preparation;
  private final MeetingActions actions;
  private final ActionAccess actionAccess;
  private final MeetingClosing closing;
  private final DemoSql sql;
  private final Clock clock;

  DemoMeetings(
      DemoPeople people,
      ChildAccess access,
      Meetings meetings,
      MeetingAccess meetingAccess,
      MeetingPreparation preparation,
      MeetingActions actions,
      ActionAccess actionAccess,
      MeetingClosing closing,
      DemoSql sql,
      Clock clock) {
    this.people = people;
    this.access = access;
    this.meetings = meetings;
    this.meetingAccess = meetingAccess;
    this.preparation = preparation;
    this.actions = actions;
    this.actionAccess = actionAccess;
    this.closing = closing;
    this.sql = sql;
    this.clock = clock;
  }

  @Override
  public void load() {
    CurrentUser senco = people.user("senco@riverside.example");
    ChildSummary sarah = people.pupil(senco, DemoChildren.SARAH_UPN).orElse(null);
    if (sarah == null) {
      return;
    }
    AccessibleChild record = access.open(senco, sarah.id());
    if (!meetings.forChild(record).isEmpty()) {
      return;
    }
    sarahsReview(senco, record);
    people
        .pupil(senco, DemoChildren.CHLOE_UPN)
        .ifPresent(chloe -> chloesAnnualReview(senco, access.open(senco, chloe.id())));
  }

  /**
   * Chloe's EHC plan is reviewed in two weeks with the council's SEND officer; at a team meeting
   * three weeks ago the officer agreed to send the latest advice before it.
   */
  private void chloesAnnualReview(CurrentUser senco, AccessibleChild record) {
    LocalDate today = LocalDate.now(clock);
    CurrentUser officer = people.user("officer@northshire.example");
    LocalDate reviewOn = weekday(today.plusWeeks(2));
    Instant planningStart = MeetingTimes.startsAt(weekday(today.minusWeeks(3)), LocalTime.of(9, 0));
    MeetingView planning =
        meetings.create(
            record,
            new MeetingDetails(
                MeetingKind.TEAM_MEETING,
                planningStart,
                45,
                "Riverside Academy, the SENCO's office (Room 12)",
                List.of(officer.id()),
                null),
            false);
    AccessibleMeeting asSenco = meetingAccess.open(senco, planning.id());
    meetings.recordMinutes(
        asSenco,
        meetings.get(asSenco).version(),
        new Minutes(
            "We planned the annual review of Chloe's EHC plan: who gives advice, and by when.",
            "Rachel would like the review to look at Chloe's move to Year 9 and her lunchtimes.",
            "Chloe will fill in her own page about what is going well before the review.",
            "Hold the annual review in December; the council asks for updated advice first."));
    actions.add(
        asSenco.child(),
        asSenco.id(),
        new ActionInput(
            "Ask the speech and language therapy service for updated advice on Chloe before her"
                + " annual review",
            officer.id(),
            today.plusDays(5)));
    closing.close(
        asSenco,
        meetings.get(asSenco).version(),
        new Closing(
            null,
            null,
            "The annual review is booked for "
                + reviewOn.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
                + "."));
    sql.update(
        "update meeting set closed_at = ? where id = ?",
        java.sql.Timestamp.from(planningStart.plusSeconds(3600)),
        planning.id());
    meetings.create(
        record,
        new MeetingDetails(
            MeetingKind.ANNUAL_REVIEW,
            MeetingTimes.startsAt(reviewOn, LocalTime.of(10, 0)),
            90,
            "Riverside Academy, meeting room 2",
            List.of(officer.id()),
            null),
        false);
  }

  private void sarahsReview(CurrentUser senco, AccessibleChild record) {
    LocalDate today = LocalDate.now(clock);
    LocalDate heldOn = today.minusWeeks(4);
    Instant start = MeetingTimes.startsAt(weekday(heldOn), LocalTime.of(15, 30));
    CurrentUser teacher = people.user("teacher@riverside.example");
    CurrentUser therapist = people.user("salt@salt.example");
    CurrentUser claire = people.user("parent@example.org");
    MeetingView review =
        meetings.create(
            record,
            new MeetingDetails(
                MeetingKind.SEN_SUPPORT_REVIEW,
                start,
                60,
                "Riverside Academy, the SENCO's office (Room 12)",
                List.of(teacher.id(), therapist.id()),
                null),
            false);

    AccessibleMeeting asClaire = meetingAccess.open(claire, review.id());
    preparation.add(
        asClaire,
        new ContributionInput(
            ContributionKind.PARENT_KEY_POINTS,
            "What works well at home is showing Sarah a picture of what comes next. She has"
                + " started drawing comics about her dog and will talk about them for ages."
                + " Mornings are hard when the plan for the day changes.",
            null,
            false));
    preparation.add(
        asClaire,
        new ContributionInput(
            ContributionKind.QUESTION,
            "Could Sarah have a quiet place to go at lunchtime when the canteen gets too loud?",
            null,
            false));
    sql.update(
        "update meeting_contribution set added_at = ? where meeting_id = ?",
        java.sql.Timestamp.from(start.minusSeconds(3 * 24 * 3600)),
        review.id());

    AccessibleMeeting asSenco = meetingAccess.open(senco, review.id());
    MeetingView held = meetings.get(asSenco);
    meetings.recordMinutes(
        asSenco,
        held.version(),
        new Minutes(
            "We started with what is going well: Sarah is more settled in class and her"
                + " drawing is a real strength. Fiona shared her latest assessment: Sarah's"
                + " understanding of longer instructions is improving with visual prompts.",
            "Claire is pleased with the visual prompts and would like the same ones used at home."
                + " Lunchtimes still worry her.",
            "Sarah told Fiona beforehand that she likes art and her friend Priya, and that the"
                + " canteen is \"too noisy to think\".",
            "Keep the small-group language sessions twice a week. Set up a quiet room at lunchtime."
                + " Share the visual timetable with home."));
    LocalDate heldDay = MeetingTimes.dateOf(start);
    ActionView timetable =
        actions.add(
            asSenco.child(),
            asSenco.id(),
            new ActionInput(
                "Use Sarah's visual timetable at the start of every lesson",
                teacher.id(),
                heldDay.plusDays(7)));
    actions.update(
        actionAccess(teacher, timetable.id()),
        timetable.version(),
        ActionUpdate.status(ActionStatus.DONE, null));
    actions.add(
        asSenco.child(),
        asSenco.id(),
        new ActionInput(
            "Set up the library as a quiet room at lunchtime and tell Claire when it is ready",
            senco.id(),
            heldDay.plusDays(14)));
    actions.add(
        asSenco.child(),
        asSenco.id(),
        new ActionInput(
            "Note each lesson in which Sarah asks for help or answers a question, for her next"
                + " review",
            teacher.id(),
            today.plusWeeks(2)));
    actions.add(
        asSenco.child(),
        asSenco.id(),
        new ActionInput(
            "Send Claire three conversation games from the language group to play at home",
            therapist.id(),
            today.plusDays(10)));
    actions.add(
        asSenco.child(),
        asSenco.id(),
        new ActionInput(
            "Try Sarah's picture timetable on school mornings at home and tell the school what"
                + " helps",
            claire.id(),
            today.plusDays(4)));

    MeetingView minuted = meetings.get(asSenco);
    WhatHappensNext next =
        closing.close(
            asSenco, minuted.version(), new Closing(null, weekday(today.plusWeeks(3)), null));
    sql.update(
        "update meeting set closed_at = ? where id = ?",
        java.sql.Timestamp.from(start.plusSeconds(2 * 3600)),
        review.id());
    AccessibleMeeting followUp = meetingAccess.open(senco, next.nextMeeting().id());
    meetings.book(followUp, meetings.get(followUp).version());
  }

  private AccessibleAction actionAccess(CurrentUser user, UUID id) {
    return actionAccess.open(user, id);
  }

  /** The day itself when it is a weekday, otherwise the Monday after. */
  static LocalDate weekday(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY
        ? day.plusDays(2)
        : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
  }
}
