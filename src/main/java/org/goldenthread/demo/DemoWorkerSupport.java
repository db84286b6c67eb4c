package org.goldenthread.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.worker.SupportInput;
import org.goldenthread.worker.SupportKind;
import org.goldenthread.worker.SupportReplyView;
import org.goldenthread.worker.SupportRequestView;
import org.goldenthread.worker.SupportRequests;
import org.goldenthread.worker.SupportStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo team around the worker, dated from today: three weeks ago Sarah's lead professional
 * (Helen Carter, the SENCO) asked for a joint visit with her speech and language therapist, who
 * answered the next day; they visited and Helen resolved it. Four days ago she asked the team for
 * supervision about Sarah's worries at lunchtime, which is still open, on the SENCO's home. Loaded
 * once: nothing is added when Sarah's case already has a request for support.
 */
@Component
@Order(11)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoWorkerSupport implements DemoStep {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private final DemoPeople people;
  private final ChildAccess access;
  private final SupportRequests support;
  private final DemoSql sql;
  private final Clock clock;

  DemoWorkerSupport(
      DemoPeople people, ChildAccess access, SupportRequests support, DemoSql sql, Clock clock) {
    this.people = people;
    this.access = access;
    this.support = support;
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
    AccessibleChild asLead = access.open(senco, sarah.id());
    if (!support.mayAsk(asLead) || support.anyFor(asLead)) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate visitAsked = DemoMeetings.weekday(today.minusWeeks(3));
    LocalDate visitOn = DemoMeetings.weekday(visitAsked.plusDays(7));
    SupportRequestView visit =
        support.ask(
            asLead,
            new SupportInput(
                SupportKind.JOINT_VISIT,
                "Home visit with Sarah's speech and language therapist",
                "Sarah's mother has asked how to help Sarah with her words at home. I would like"
                    + " us to visit together, so that the advice comes from the therapist and"
                    + " the family hear one plan from both of us. Could you come with me?",
                today));
    AccessibleChild asTherapist = access.open(people.user("salt@salt.example"), sarah.id());
    SupportReplyView yes =
        support.reply(
            asTherapist,
            visit.id(),
            "Yes, happy to. I will bring the picture cards we use in her group so that the"
                + " family can try them at home. Mornings suit me best.");
    SupportRequestView answered = support.get(asLead, visit.id());
    support.changeStatus(
        asLead,
        visit.id(),
        SupportStatus.RESOLVED,
        "We visited together. The family now use the picture cards at breakfast, and we agreed"
            + " to look at how it is going at the next review.",
        answered.version());
    sql.update(
        "update support_request set asked_at = ?, visit_on = ?, last_reply_at = ?,"
            + " resolved_at = ? where id = ?",
        at(visitAsked, 16, 40),
        Date.valueOf(visitOn),
        at(visitAsked.plusDays(1), 9, 15),
        at(visitOn.plusDays(1), 17, 5),
        visit.id());
    sql.update(
        "update support_reply set written_at = ? where id = ?",
        at(visitAsked.plusDays(1), 9, 15),
        yes.id());

    SupportRequestView supervision =
        support.ask(
            asLead,
            new SupportInput(
                SupportKind.SUPERVISION,
                "Sarah's worries at lunchtime",
                "Sarah has told us twice that lunchtimes are too loud and she has nobody to sit"
                    + " with, and her mother asked for a quiet room. Before we change her"
                    + " support I would value half an hour to think it through with someone:"
                    + " am I reading this right, and what have I missed?",
                null));
    sql.update(
        "update support_request set asked_at = ? where id = ?",
        at(today.minusDays(4), 15, 20),
        supervision.id());
  }

  private static Timestamp at(LocalDate day, int hour, int minute) {
    Instant instant = day.atTime(hour, minute).atZone(ENGLAND).toInstant();
    return Timestamp.from(instant);
  }
}
