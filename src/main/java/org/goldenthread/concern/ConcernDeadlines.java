package org.goldenthread.concern;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordDeadlines;
import org.goldenthread.child.ChildRecordTable;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.Tracked;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each concern as a {@code CONCERN_ANSWER} deadline, for the children the person may see: due 15
 * school days after it was raised (working days unless the school has entered its term dates), owed
 * by the school, missed while it has no decision after that day, and met on the day it was decided
 * (late, when after). Each links to the concern's page. The deadline letters are offered the
 * concerns still waiting for a decision.
 */
@Component
@Transactional(readOnly = true)
class ConcernDeadlines extends ChildRecordDeadlines {

  private final ConcernRepository concerns;
  private final DeadlineCalendar calendar;

  ConcernDeadlines(ConcernRepository concerns, ChildAccess access, DeadlineCalendar calendar) {
    super(access, ChildRecordTable.of("concern"));
    this.concerns = concerns;
    this.calendar = calendar;
  }

  @Override
  protected List<Deadline> deadlinesOf(Set<UUID> childIds) {
    return concerns.findOfChildren(childIds).stream().map(this::deadline).toList();
  }

  /** A child's concerns are read once per page view, for its panel and its deadlines alike. */
  @Override
  protected List<Deadline> deadlinesOfChild(UUID childId) {
    return concerns.ofChild(childId).stream().map(this::deadline).toList();
  }

  @Override
  public List<Deadline> forNotices(LocalDate today) {
    return concerns.findByDecidedOnIsNull().stream().map(this::deadline).toList();
  }

  Deadline deadline(Concern concern) {
    return calendar.deadline(
        DeadlineKind.CONCERN_ANSWER,
        calendar.agreed(concern.answerDueOn()),
        new Tracked(
            concern.id(),
            concern.childId(),
            DeadlineOwner.SCHOOL,
            null,
            concern.decidedOn(),
            null,
            List.of(),
            page(concern.childId(), concern.id())));
  }

  static String page(UUID childId, UUID concernId) {
    return "/children/" + childId + "/concerns/" + concernId;
  }
}
