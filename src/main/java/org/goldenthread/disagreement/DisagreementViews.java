package org.goldenthread.disagreement;

import java.util.List;
import java.util.UUID;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.DeadlineRules;
import org.goldenthread.deadline.Tracked;
import org.springframework.stereotype.Component;

/**
 * A stored disagreement as it is read: its deadlines in the one Deadline shape and the next option
 * with the rule behind it, worked out afresh by {@link DisagreementRules} on today's calendar.
 */
@Component
class DisagreementViews {

  private final DeadlineCalendar calendar;
  private final DeadlineRules rules;

  DisagreementViews(DeadlineCalendar calendar, DeadlineRules rules) {
    this.calendar = calendar;
    this.rules = rules;
  }

  DisagreementView view(Disagreement d, String childName) {
    DisagreementView.Record r = d.record(childName);
    DisagreementRules.Worked worked =
        DisagreementRules.work(
            d.about(), d.sections(), d.decisionLetterOn(), d.stageDates(), calendar.workingDays());
    List<Deadline> deadlines = worked.deadlines().stream().map(due -> deadline(d, due)).toList();
    DisagreementRules.Due nextDue = worked.next().deadline();
    DisagreementView.NextStep next =
        new DisagreementView.NextStep(
            worked.next().option(),
            nextDue == null ? null : deadline(d, nextDue),
            nextDue == null ? List.of() : rules.explain(nextDue.kind(), nextDue.facts()));
    return new DisagreementView(
        r.id(),
        r.childId(),
        r.childName(),
        r.about(),
        r.sections(),
        r.decisionLetterOn(),
        r.summary(),
        r.aboutStaffId(),
        r.aboutStaffName(),
        r.recordedByName(),
        r.recordedAt(),
        r.stages(),
        deadlines,
        next,
        worked.toTribunal(),
        worked.next().option() != NextOption.SETTLED,
        r.version());
  }

  /** The deadlines of a disagreement alone, for the lists of deadlines. */
  List<Deadline> deadlines(Disagreement d) {
    return DisagreementRules.work(
            d.about(), d.sections(), d.decisionLetterOn(), d.stageDates(), calendar.workingDays())
        .deadlines()
        .stream()
        .map(due -> deadline(d, due))
        .toList();
  }

  private Deadline deadline(Disagreement d, DisagreementRules.Due due) {
    return calendar.deadline(
        due.kind(),
        due.due(),
        new Tracked(
            d.id(),
            d.childId(),
            due.owner(),
            null,
            due.metOn(),
            null,
            List.of(),
            page(d.childId(), d.id())));
  }

  static String page(UUID childId, UUID disagreementId) {
    return "/children/" + childId + "/disagreements/" + disagreementId;
  }
}
