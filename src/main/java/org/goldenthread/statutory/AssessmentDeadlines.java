package org.goldenthread.statutory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineSource;
import org.goldenthread.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The deadlines of EHC needs assessments, for the children the person may see. */
@Component
class AssessmentDeadlines implements DeadlineSource {

  private final EhcAssessments assessments;
  private final ChildAccess access;

  AssessmentDeadlines(EhcAssessments assessments, ChildAccess access) {
    this.assessments = assessments;
    this.access = access;
  }

  @Override
  public List<Deadline> visibleTo(Authentication person) {
    if (!(person != null && person.getPrincipal() instanceof CurrentUser user)) {
      return List.of();
    }
    Set<UUID> visible = access.visibleAmong(user, assessments::childrenWithAssessments);
    return deadlinesOf(visible);
  }

  @Override
  public List<Deadline> aboutChild(Authentication person, UUID childId) {
    if (!(person != null && person.getPrincipal() instanceof CurrentUser user)
        || access.grant(user, childId).isEmpty()) {
      return List.of();
    }
    return deadlinesOf(Set.of(childId));
  }

  @Override
  public List<Deadline> forNotices(LocalDate today) {
    return assessments.recentlyActive(today).stream()
        .flatMap(assessment -> assessment.deadlines().stream())
        .toList();
  }

  private List<Deadline> deadlinesOf(Set<UUID> children) {
    return assessments.ofChildren(children).stream()
        .flatMap(assessment -> assessment.deadlines().stream())
        .toList();
  }
}
