package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The statutory module with only what it depends on: a decision whether to assess left late is
 * announced as an event, for the notifications and whoever else listens.
 *
 * <p>The family is started too, though this module does not use it: the child's door learns whose
 * family a person is on through {@code child.FamilyTies}, which the family implements.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "family"})
@ActiveProfiles("test")
class StatutoryModuleTests {

  @Autowired ApplicationContext context;
  @Autowired EhcAssessments assessments;
  @Autowired DeadlineNotices notices;
  @Autowired ChildAccess access;

  @Test
  void aLateDecisionIsAnnounced(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = new Pupils(context, school).pupil("Ada", "Clock").add();
    AccessibleChild child = access.open(school.senco(), pupil.id());
    assessments.request(child, LocalDate.now().minusWeeks(8), RequestedBy.SCHOOL);

    scenario
        .stimulate(() -> notices.send())
        .andWaitForEventOfType(DeadlineNoticeDue.class)
        .matching(notice -> notice.childId().equals(pupil.id()))
        .toArriveAndVerify(
            notice -> {
              assertThat(notice.kind()).isEqualTo(DeadlineKind.DECISION_TO_ASSESS);
              assertThat(notice.notice()).isEqualTo(DeadlineNoticeDue.Notice.MISSED);
              assertThat(notice.owner()).isEqualTo(DeadlineOwner.LOCAL_AUTHORITY);
            });
  }
}
