package org.goldenthread.statutory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordDeadlines;
import org.goldenthread.child.ChildRecordTable;
import org.goldenthread.deadline.Deadline;
import org.springframework.stereotype.Component;

/** The deadlines of EHC needs assessments, for the children the person may see. */
@Component
class AssessmentDeadlines extends ChildRecordDeadlines {

  private final EhcAssessments assessments;

  AssessmentDeadlines(EhcAssessments assessments, ChildAccess access) {
    super(access, ChildRecordTable.of("ehc_assessment"));
    this.assessments = assessments;
  }

  @Override
  public List<Deadline> forNotices(LocalDate today) {
    return assessments.recentlyActive(today).stream()
        .flatMap(assessment -> assessment.deadlines().stream())
        .toList();
  }

  @Override
  protected List<Deadline> deadlinesOf(Set<UUID> childIds) {
    return assessments.ofChildren(childIds).stream()
        .flatMap(assessment -> assessment.deadlines().stream())
        .toList();
  }
}
