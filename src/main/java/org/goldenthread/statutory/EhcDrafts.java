package org.goldenthread.statutory;

import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.child.Profiles;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.plan.Plans;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads what a draft EHC plan is made from, for someone who may see the assessment (everyone the
 * child's door lets in), in one read-only transaction, and puts the draft together.
 */
@Component
class EhcDrafts {

  private final EhcAssessments assessments;
  private final Children children;
  private final Organisations organisations;
  private final Plans plans;
  private final Profiles profiles;
  private final TransactionTemplate reading;

  EhcDrafts(
      EhcAssessments assessments,
      Children children,
      Organisations organisations,
      Plans plans,
      Profiles profiles,
      PlatformTransactionManager transactions) {
    this.assessments = assessments;
    this.children = children;
    this.organisations = organisations;
    this.plans = plans;
    this.profiles = profiles;
    this.reading = new TransactionTemplate(transactions);
    this.reading.setReadOnly(true);
  }

  /** The draft for this assessment of the child; 404 when it is not the child's. */
  DraftPlan draft(AccessibleChild child, UUID assessmentId) {
    return reading.execute(
        status -> {
          AssessmentView assessment = assessments.get(child, assessmentId);
          ChildSummary record = children.get(child);
          return DraftAssembler.assemble(
              new DraftAssembler.Sources(
                  record,
                  record.schoolId() == null
                      ? null
                      : organisations
                          .school(record.schoolId())
                          .map(SchoolSummary::phase)
                          .orElse(null),
                  plans.plan(child),
                  profiles.sections(child),
                  assessment));
        });
  }
}
