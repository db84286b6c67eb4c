package org.goldenthread.disagreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.deadline.Deadline;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.ErrorResponseException;

/**
 * The disagreement module with only what it depends on, for a pupil with a parent at a school of
 * its own: a disagreement recorded is announced (for the notifications) and recorded in the child's
 * history, and its deadlines are offered to the lists; a stage is announced and moves the
 * deadlines; the SENCO may not record one for the family.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "family"})
@ActiveProfiles("test")
class DisagreementModuleTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Autowired ApplicationContext context;
  @Autowired Disagreements disagreements;
  @Autowired DisagreementDeadlines deadlines;
  @Autowired ChildAccess access;

  @Test
  void aDisagreementRecordedIsAnnouncedKeptInTheHistoryAndItsDeadlinesListed(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    AccessibleChild asParent =
        access.open(new Pupils(context).user(pupil.parentEmail()), pupil.id());
    DisagreementInput refusal =
        new DisagreementInput(
            DisagreementAbout.REFUSAL_TO_ASSESS,
            Set.of(),
            TODAY.minusDays(5),
            "No assessment",
            null);

    assertThatThrownBy(() -> disagreements.record(access.open(school.senco(), pupil.id()), refusal))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            refused -> assertThat(refused.getStatusCode().value()).isEqualTo(403));

    scenario
        .stimulate(() -> disagreements.record(asParent, refusal))
        .andWaitForEventOfType(DisagreementRecorded.class)
        .matching(recorded -> recorded.childId().equals(pupil.id()))
        .toArriveAndVerify(
            (recorded, view) -> {
              assertThat(recorded.disagreementId()).isEqualTo(view.id());
              assertThat(recorded.about()).isEqualTo(DisagreementAbout.REFUSAL_TO_ASSESS);
              List<Deadline> due =
                  deadlines.aboutChild(
                      new UsernamePasswordAuthenticationToken(school.senco(), null, List.of()),
                      pupil.id());
              assertThat(due)
                  .extracting(Deadline::kind)
                  .containsExactly(DeadlineKind.MEDIATION_ADVICE, DeadlineKind.APPEAL);
              assertThat(due.get(0).owner()).isEqualTo(DeadlineOwner.FAMILY);
              assertThat(due.get(0).page())
                  .isEqualTo("/children/" + pupil.id() + "/disagreements/" + view.id());
              assertThat(deadlines.forNotices(TODAY))
                  .extracting(Deadline::subjectId)
                  .contains(view.id());
            });
  }

  @Test
  void aStageIsAnnouncedAndKeptInTheHistory(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    AccessibleChild asParent =
        access.open(new Pupils(context).user(pupil.parentEmail()), pupil.id());
    DisagreementView made =
        disagreements.record(
            asParent,
            new DisagreementInput(
                DisagreementAbout.SCHOOL_SUPPORT, Set.of(), null, "Reading support stopped", null));
    AccessibleChild asSenco = access.open(school.senco(), pupil.id());

    scenario
        .stimulate(
            () ->
                disagreements.addStage(
                    asSenco,
                    made.id(),
                    new StageInput(
                        StageKind.TALK_TO_SCHOOL,
                        TODAY,
                        null,
                        null,
                        "We will restart it",
                        null,
                        false),
                    made.version()))
        .andWaitForEventOfType(ChildRecordChanged.class)
        .matching(
            changed ->
                changed.childId().equals(pupil.id())
                    && changed.what().key().equals("audit.what.disagreement.stage"))
        .toArriveAndVerify(
            (changed, view) -> {
              assertThat(changed.action()).isEqualTo(ChildRecordChanged.Action.UPDATE);
              assertThat(view.next().option()).isEqualTo(NextOption.SCHOOL_COMPLAINT);
              assertThat(view.stages())
                  .singleElement()
                  .extracting(StageView::answered)
                  .isEqualTo("We will restart it");
              assertThat(disagreements.openVisibleTo(school.senco()))
                  .extracting(DisagreementView::id)
                  .contains(made.id());
            });
  }

  private Pupils.Pupil pupilWithParent(FreshSchool school) {
    String email = "parent+" + java.util.UUID.randomUUID() + "@disagreements.example";
    return new Pupils(context, school)
        .pupil("Ivy", "Module")
        .withParent(email, "Iris Module")
        .add();
  }
}
