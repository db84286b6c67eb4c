package org.goldenthread.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.concern.ConcernDecision;
import org.goldenthread.concern.ConcernDecisions;
import org.goldenthread.concern.ConcernInput;
import org.goldenthread.concern.ConcernView;
import org.goldenthread.concern.Concerns;
import org.goldenthread.concern.DecisionInput;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.meeting.AccessibleMeeting;
import org.goldenthread.meeting.Closing;
import org.goldenthread.meeting.MeetingAccess;
import org.goldenthread.meeting.MeetingClosing;
import org.goldenthread.meeting.MeetingDetails;
import org.goldenthread.meeting.MeetingKind;
import org.goldenthread.meeting.MeetingTimes;
import org.goldenthread.meeting.MeetingView;
import org.goldenthread.meeting.Meetings;
import org.goldenthread.meeting.Minutes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo concerns, dated from today. Ten weeks ago Leo Lee's father (`other.parent@example.org`)
 * raised a concern about Leo at Brook Primary; the SENCO met him and Leo's teacher eight weeks ago
 * at the first-concern meeting and decided, in writing and at the meeting, to start SEN support,
 * with a first review in a few weeks: the path Leo's support began with. At Riverside, Jamal
 * Ahmed's teacher raised a concern about lunchtimes more than 15 school days ago that has no
 * decision yet: it is late, at the top of the SENCO's home. Loaded once: nothing is added when Leo
 * already has a concern.
 */
@Component
@Order(9)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoConcerns implements DemoStep {

  static final String LEO_UPN = "B990217200001";
  static final String JAMAL_UPN = "U990212100002";
  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private final DemoPeople people;
  private final ChildAccess access;
  private final Concerns concerns;
  private final ConcernDecisions decisions;
  private final Meetings meetings;
  private final MeetingAccess meetingAccess;
  private final MeetingClosing closing;
  private final DemoSql sql;
  private final Clock clock;

  DemoConcerns(
      DemoPeople people,
      ChildAccess access,
      Concerns concerns,
      ConcernDecisions decisions,
      Meetings meetings,
      MeetingAccess meetingAccess,
      MeetingClosing closing,
      DemoSql sql,
      Clock clock) {
    this.people = people;
    this.access = access;
    this.concerns = concerns;
    this.decisions = decisions;
    this.meetings = meetings;
    this.meetingAccess = meetingAccess;
    this.closing = closing;
    this.sql = sql;
    this.clock = clock;
  }

  @Override
  public void load() {
    CurrentUser brookSenco = people.user("senco@brook.example");
    ChildSummary leo = people.pupil(brookSenco, LEO_UPN).orElse(null);
    if (leo == null || concerns.anyFor(access.open(brookSenco, leo.id()))) {
      return;
    }
    leosConcern(brookSenco, leo);
    CurrentUser riversideSenco = people.user("senco@riverside.example");
    ChildSummary jamal = people.pupil(riversideSenco, JAMAL_UPN).orElse(null);
    if (jamal != null) {
      jamalsConcern(jamal);
    }
  }

  /** Raised by Leo's father, met about two weeks later, and SEN support decided at the meeting. */
  private void leosConcern(CurrentUser senco, ChildSummary leo) {
    LocalDate today = LocalDate.now(clock);
    LocalDate raisedOn = DemoMeetings.weekday(today.minusWeeks(10));
    AccessibleChild asFather = access.open(people.user("other.parent@example.org"), leo.id());
    ConcernView concern =
        concerns.raise(
            asFather,
            new ConcernInput(
                "Leo gets very upset when his routine changes, and since the autumn he has"
                    + " stopped talking to other children at playtime.",
                "Last Tuesday the class went to the hall instead of outside and he hid under a"
                    + " table until home time. At home he lines his toys up and cries if they are"
                    + " moved.",
                "We show him a picture of what happens next each morning, and his teacher gives"
                    + " him a five-minute warning before changes. It helps a little.",
                "He says the hall is too loud and that he does not know the games."));
    backdateRaised(concern.id(), leo.schoolId(), raisedOn);

    AccessibleChild asSenco = access.open(senco, leo.id());
    LocalDate meetingOn = DemoMeetings.weekday(raisedOn.plusWeeks(2));
    Instant startsAt = MeetingTimes.startsAt(meetingOn, LocalTime.of(15, 30));
    MeetingView meeting =
        meetings.create(
            asSenco,
            new MeetingDetails(
                MeetingKind.FIRST_CONCERN,
                startsAt,
                45,
                "Brook Primary School, the SENCO's room",
                List.of(),
                null),
            false);
    AccessibleMeeting held = meetingAccess.open(senco, meeting.id());
    MeetingView minuted =
        meetings.recordMinutes(
            held,
            meeting.version(),
            new Minutes(
                "We started with what Leo enjoys: building, animals and his friend Sam. Mr Lee"
                    + " and Leo's teacher described the same worries about changes and loud"
                    + " places.",
                "Marcus would like school and home to use the same pictures for the day.",
                "Leo said he likes the quiet reading corner and wants to know what happens next.",
                "Start SEN support, with a visual timetable, a quiet space and a small"
                    + " playtime group."));
    closing.close(
        held,
        minuted.version(),
        new Closing(
            null,
            null,
            "SEN support starts now; its first review with Leo's father is in the plan."));
    decisions.decide(
        asSenco,
        concern.id(),
        new DecisionInput(
            ConcernDecision.SEN_SUPPORT,
            "Leo's difficulty with changes and busy places is getting in the way of his learning"
                + " and his friendships, and the help tried so far has not been enough on its"
                + " own. We will start SEN support: a visual timetable shared with home, a quiet"
                + " space he can ask for, and a small playtime group twice a week. We will look"
                + " at how it is going with Mr Lee at the first review.",
            DemoMeetings.weekday(today.plusWeeks(4)),
            meeting.id(),
            null,
            null),
        null);
    sql.update(
        "update concern set decided_on = ?, decided_at = ? where id = ?",
        Date.valueOf(meetingOn),
        Timestamp.from(startsAt.plusSeconds(2 * 3600)),
        concern.id());
  }

  /** Raised by Jamal's teacher long enough ago that the school's decision is late. */
  private void jamalsConcern(ChildSummary jamal) {
    LocalDate today = LocalDate.now(clock);
    LocalDate raisedOn = DemoMeetings.weekday(today.minusWeeks(5));
    while (!concerns.answerDue(jamal.schoolId(), raisedOn).isBefore(today)) {
      raisedOn = DemoMeetings.weekday(raisedOn.minusWeeks(1));
    }
    AccessibleChild asTeacher = access.open(people.user("teacher@riverside.example"), jamal.id());
    ConcernView concern =
        concerns.raise(
            asTeacher,
            new ConcernInput(
                "Jamal has started spending lunchtimes alone in the corridor by the library, and"
                    + " he has been late to afternoon lessons four times this half term.",
                "On Monday he told a lunchtime supervisor he was waiting for a teacher, but no"
                    + " one had asked to see him.",
                "I have let him eat in my classroom on Wednesdays, which he likes.",
                "He says the canteen is too crowded and that the other boys laugh at his"
                    + " accent."));
    backdateRaised(concern.id(), jamal.schoolId(), raisedOn);
  }

  private void backdateRaised(UUID concernId, UUID schoolId, LocalDate raisedOn) {
    sql.update(
        "update concern set raised_on = ?, answer_due_on = ?, raised_at = ? where id = ?",
        Date.valueOf(raisedOn),
        Date.valueOf(concerns.answerDue(schoolId, raisedOn)),
        Timestamp.from(raisedOn.atTime(18, 45).atZone(ENGLAND).toInstant()),
        concernId);
  }
}
