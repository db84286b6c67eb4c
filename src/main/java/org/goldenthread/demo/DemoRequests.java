package org.goldenthread.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.organisation.SchoolDays;
import org.goldenthread.request.AnswerInput;
import org.goldenthread.request.RequestDecision;
import org.goldenthread.request.RequestInput;
import org.goldenthread.request.RequestKind;
import org.goldenthread.request.RequestTo;
import org.goldenthread.request.RequestView;
import org.goldenthread.request.WrittenRequests;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo requests in writing, dated from today: five weeks ago Sarah's mother asked the school
 * for a meeting about her reading, and the SENCO agreed nine days later, in time; four and a half
 * weeks ago she asked for a change to Sarah's provision (a quiet space at lunchtime), which has had
 * no answer and is now late, on the SENCO's home and her own. Loaded once: nothing is added when
 * Sarah already has a request.
 */
@Component
@Order(6)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoRequests implements DemoStep {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private final DemoPeople people;
  private final ChildAccess access;
  private final WrittenRequests requests;
  private final SchoolDays schoolDays;
  private final DemoSql sql;
  private final Clock clock;

  DemoRequests(
      DemoPeople people,
      ChildAccess access,
      WrittenRequests requests,
      SchoolDays schoolDays,
      DemoSql sql,
      Clock clock) {
    this.people = people;
    this.access = access;
    this.requests = requests;
    this.schoolDays = schoolDays;
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
    AccessibleChild asMother = access.open(people.user("parent@example.org"), sarah.id());
    if (requests.anyFor(asMother)) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate meetingAsked = DemoMeetings.weekday(today.minusWeeks(5));
    RequestView meeting =
        requests.make(
            asMother,
            new RequestInput(
                RequestKind.MEETING,
                RequestTo.SCHOOL,
                "Please could we meet to talk about Sarah's reading? She is finding the new"
                    + " books hard and has stopped reading at home.\n\nAny afternoon after 3pm"
                    + " suits me."));
    AccessibleChild asSenco = access.open(senco, sarah.id());
    requests.answer(
        asSenco,
        meeting.id(),
        new AnswerInput(
            "Yes, of course. Mrs Khan, who runs Sarah's reading group, will join us. We will"
                + " look at the books she is given and agree some for home. I have booked"
                + " Thursday at 3.30pm in the library.",
            RequestDecision.AGREED),
        null);
    backdate(meeting, sarah, meetingAsked, meetingAsked.plusDays(9));

    LocalDate changeAsked = DemoMeetings.weekday(today.minusDays(32));
    RequestView change =
        requests.make(
            asMother,
            new RequestInput(
                RequestKind.PROVISION_CHANGE,
                RequestTo.SCHOOL,
                "Sarah comes home exhausted after lunchtimes in the busy hall. Could she use a"
                    + " quiet room at lunchtime, as her speech and language therapist"
                    + " suggested?"));
    backdate(change, sarah, changeAsked, null);
  }

  /** Moves a request (and its answer) to the days it was made and answered on. */
  private void backdate(
      RequestView request, ChildSummary child, LocalDate made, LocalDate answered) {
    LocalDate due = schoolDays.requestAnswerDue(child.schoolId(), made);
    sql.update(
        "update written_request set made_on = ?, due_on = ?, made_at = ?,"
            + " answered_on = ?, answered_at = ? where id = ?",
        Date.valueOf(made),
        Date.valueOf(due),
        Timestamp.from(made.atTime(19, 30).atZone(ENGLAND).toInstant()),
        answered == null ? null : Date.valueOf(answered),
        answered == null
            ? null
            : Timestamp.from(answered.atTime(16, 10).atZone(ENGLAND).toInstant()),
        request.id());
  }
}
