package org.goldenthread.statutory;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.Children;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.web.Dates;
import org.springframework.stereotype.Component;

/** Deadlines made into the rows pages list, with each child's name and the page to go to. */
@Component
class DeadlineRows {

  /** The kinds that belong to an EHC needs assessment, whose page is the assessment's. */
  static final Set<DeadlineKind> ASSESSMENT_KINDS =
      EnumSet.of(
          DeadlineKind.DECISION_TO_ASSESS,
          DeadlineKind.ADVICE,
          DeadlineKind.DECISION_NOT_TO_ISSUE,
          DeadlineKind.DRAFT_COMMENTS,
          DeadlineKind.FINAL_PLAN,
          DeadlineKind.ANNUAL_REVIEW,
          DeadlineKind.APPEAL);

  private final Children children;
  private final Dates dates;

  DeadlineRows(Children children, Dates dates) {
    this.children = children;
    this.dates = dates;
  }

  List<DeadlineRow> of(Collection<Deadline> deadlines) {
    Map<UUID, String> names =
        children.displayNames(
            deadlines.stream().map(Deadline::childId).collect(Collectors.toSet()));
    return deadlines.stream()
        .map(d -> DeadlineRow.of(d, names.get(d.childId()), href(d), dates::date))
        .toList();
  }

  private static String href(Deadline deadline) {
    String child = "/children/" + deadline.childId();
    return ASSESSMENT_KINDS.contains(deadline.kind()) && deadline.subjectId() != null
        ? child + "/ehc-assessments/" + deadline.subjectId()
        : child;
  }
}
