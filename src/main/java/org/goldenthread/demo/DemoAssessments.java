package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.statutory.AssessmentView;
import org.goldenthread.statutory.EhcAssessments;
import org.goldenthread.statutory.MilestoneInput;
import org.goldenthread.statutory.MilestoneKind;
import org.goldenthread.statutory.RequestedBy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo EHC needs assessments, dated from today: Sarah's mother asked for one ten weeks ago; the
 * council decided to assess five weeks later and asked the educational psychology service for
 * advice four weeks ago, due in two weeks. The school asked for one for Ben Turner eight weeks ago
 * and the council has not yet decided: that decision is two weeks late, on the officer's list.
 * Loaded once: nothing is added when Sarah already has an assessment.
 */
@Component
@Order(4)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoAssessments implements DemoStep {

  static final String BEN_UPN = "A990212100006";

  private final DemoPeople people;
  private final ChildAccess access;
  private final EhcAssessments assessments;
  private final Clock clock;

  DemoAssessments(DemoPeople people, ChildAccess access, EhcAssessments assessments, Clock clock) {
    this.people = people;
    this.access = access;
    this.assessments = assessments;
    this.clock = clock;
  }

  @Override
  public void load() {
    CurrentUser senco = people.user("senco@riverside.example");
    ChildSummary sarah = people.pupil(senco, DemoChildren.SARAH_UPN).orElse(null);
    ChildSummary ben = people.pupil(senco, BEN_UPN).orElse(null);
    if (sarah == null || ben == null) {
      return;
    }
    if (!assessments.forChild(access.open(senco, sarah.id())).isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    AccessibleChild asParent = access.open(people.user("parent@example.org"), sarah.id());
    AssessmentView sarahs = assessments.request(asParent, today.minusWeeks(10), RequestedBy.PARENT);
    AccessibleChild asOfficer = access.open(people.user("officer@northshire.example"), sarah.id());
    step(asOfficer, sarahs.id(), MilestoneKind.DECISION_TO_ASSESS, today.minusWeeks(5), null);
    step(
        asOfficer,
        sarahs.id(),
        MilestoneKind.ADVICE_REQUESTED,
        today.minusWeeks(4),
        "Northshire educational psychology service");
    assessments.request(access.open(senco, ben.id()), today.minusWeeks(8), RequestedBy.SCHOOL);
  }

  private void step(
      AccessibleChild child, UUID assessment, MilestoneKind kind, LocalDate on, String adviser) {
    assessments.record(
        child, assessment, new MilestoneInput(kind, on, null, adviser, null, null, null), null);
  }
}
