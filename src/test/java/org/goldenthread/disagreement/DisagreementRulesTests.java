package org.goldenthread.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DueNote;
import org.goldenthread.deadline.WorkingDays;
import org.goldenthread.disagreement.DisagreementRules.Due;
import org.goldenthread.disagreement.DisagreementRules.StageDates;
import org.goldenthread.disagreement.DisagreementRules.Worked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A disagreement's deadlines and next option, worked from its dates alone. */
class DisagreementRulesTests {

  /** England and Wales bank holidays of 2026 and 2027. */
  static final WorkingDays DAYS =
      new WorkingDays(
          Set.of(
              day("2026-01-01"),
              day("2026-04-03"),
              day("2026-04-06"),
              day("2026-05-04"),
              day("2026-05-25"),
              day("2026-08-31"),
              day("2026-12-25"),
              day("2026-12-28"),
              day("2027-01-01"),
              day("2027-03-26"),
              day("2027-03-29"),
              day("2027-05-03"),
              day("2027-05-31"),
              day("2027-08-30"),
              day("2027-12-27"),
              day("2027-12-28")),
          2026,
          2027);

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  private static Worked work(
      DisagreementAbout about, Set<PlanSection> sections, String letter, StageDates... stages) {
    return DisagreementRules.work(
        about, sections, letter == null ? null : day(letter), List.of(stages), DAYS);
  }

  private static Due deadline(Worked worked, DeadlineKind kind) {
    return worked.deadlines().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
  }

  private static StageDates stage(StageKind kind, String on, String certificate) {
    return new StageDates(kind, day(on), certificate == null ? null : day(certificate), false);
  }

  @Test
  void aLetterOf15June2026GivesAnAppealDue1September2026ByTheAugustRule() {
    Worked worked = work(DisagreementAbout.NAMED_SCHOOL_ONLY, Set.of(), "2026-06-15");

    Due appeal = deadline(worked, DeadlineKind.APPEAL);
    assertThat(appeal.due().due()).isEqualTo("2026-09-01");
    assertThat(appeal.due().notes()).contains(DueNote.AUGUST);
    assertThat(worked.next().option()).isEqualTo(NextOption.APPEAL);
    assertThat(worked.next().deadline()).isEqualTo(appeal);
  }

  @Test
  void beforeMediationAdviceTheNextOptionIsTheAdviserWithinTwoMonthsOfTheLetter() {
    Worked worked = work(DisagreementAbout.REFUSAL_TO_ASSESS, Set.of(), "2026-03-02");

    assertThat(worked.next().option()).isEqualTo(NextOption.MEDIATION_ADVICE);
    assertThat(worked.next().deadline().due().due()).isEqualTo("2026-05-02");
    assertThat(worked.next().deadline().due().nextWorkingDay()).isEqualTo("2026-05-05");
    assertThat(deadline(worked, DeadlineKind.APPEAL).due().due()).isEqualTo("2026-05-02");
  }

  @Test
  void aCertificateThatMakesTheAppealLaterMovesIt() {
    Worked withoutCertificate =
        work(
            DisagreementAbout.REFUSAL_TO_ISSUE,
            Set.of(),
            "2026-03-02",
            stage(StageKind.MEDIATION_ADVICE, "2026-04-20", null));
    assertThat(withoutCertificate.next().option()).isEqualTo(NextOption.MEDIATION_CHOICE);
    assertThat(withoutCertificate.next().deadline().due().due()).isEqualTo("2026-05-02");

    Worked worked =
        work(
            DisagreementAbout.REFUSAL_TO_ISSUE,
            Set.of(),
            "2026-03-02",
            stage(StageKind.MEDIATION_ADVICE, "2026-04-20", "2026-04-23"));

    Due appeal = deadline(worked, DeadlineKind.APPEAL);
    assertThat(appeal.due().due()).isEqualTo("2026-05-23");
    assertThat(appeal.due().notes()).contains(DueNote.FROM_CERTIFICATE);
    assertThat(worked.next().option()).isEqualTo(NextOption.APPEAL);
    assertThat(worked.next().deadline()).isEqualTo(appeal);
    Due advice = deadline(worked, DeadlineKind.MEDIATION_ADVICE);
    assertThat(advice.metOn()).isEqualTo("2026-04-20");
    Due certificate = deadline(worked, DeadlineKind.MEDIATION_CERTIFICATE);
    assertThat(certificate.due().due()).isEqualTo("2026-04-23");
    assertThat(certificate.metOn()).isEqualTo("2026-04-23");
  }

  @Test
  void aCertificateEarlierThanTheLetterAllowsLeavesTheAppealWhereItWas() {
    Worked worked =
        work(
            DisagreementAbout.CEASE,
            Set.of(),
            "2026-03-02",
            stage(StageKind.MEDIATION_ADVICE, "2026-03-04", "2026-03-05"));

    assertThat(deadline(worked, DeadlineKind.APPEAL).due().due()).isEqualTo("2026-05-02");
    assertThat(deadline(worked, DeadlineKind.APPEAL).due().notes())
        .doesNotContain(DueNote.FROM_CERTIFICATE);
  }

  @Test
  void mediationAfterAdviceHasItsThirtyDaysAndItsCertificateMovesTheAppeal() {
    Worked asked =
        work(
            DisagreementAbout.PLAN_CONTENTS,
            Set.of(PlanSection.F),
            "2026-03-02",
            stage(StageKind.MEDIATION, "2026-04-01", null),
            stage(StageKind.MEDIATION_ADVICE, "2026-03-20", null));
    assertThat(asked.next().option()).isEqualTo(NextOption.MEDIATION);
    assertThat(asked.next().deadline().due().due()).isEqualTo("2026-05-01");

    Worked ended =
        work(
            DisagreementAbout.PLAN_CONTENTS,
            Set.of(PlanSection.F),
            "2026-03-02",
            stage(StageKind.MEDIATION, "2026-04-01", "2026-04-28"),
            stage(StageKind.MEDIATION_ADVICE, "2026-03-20", null));
    assertThat(ended.next().option()).isEqualTo(NextOption.APPEAL);
    assertThat(ended.next().deadline().due().due()).isEqualTo("2026-05-28");
    assertThat(deadline(ended, DeadlineKind.MEDIATION_MEETING).metOn()).isEqualTo("2026-04-28");
  }

  @Test
  void anAppealOnlyAboutTheNamedSchoolNeedsNoMediationAdvice() {
    Worked worked = work(DisagreementAbout.NAMED_SCHOOL_ONLY, Set.of(), "2026-03-02");

    assertThat(worked.deadlines())
        .extracting(Due::kind)
        .containsExactly(DeadlineKind.APPEAL)
        .doesNotContain(DeadlineKind.MEDIATION_ADVICE);
    assertThat(worked.next().option()).isEqualTo(NextOption.APPEAL);
    assertThat(worked.toTribunal()).isTrue();
  }

  @Test
  void supportAtSchoolHasNoTribunalOptionButTheSchoolsRoute() {
    Worked none = work(DisagreementAbout.SCHOOL_SUPPORT, Set.of(), null);
    assertThat(none.toTribunal()).isFalse();
    assertThat(none.deadlines()).isEmpty();
    assertThat(none.next().option()).isEqualTo(NextOption.TALK_TO_SCHOOL);

    Worked complained =
        work(
            DisagreementAbout.SCHOOL_SUPPORT,
            Set.of(),
            "2026-03-02",
            stage(StageKind.SCHOOL_COMPLAINT, "2026-03-10", null),
            stage(StageKind.TALK_TO_SCHOOL, "2026-02-10", null));
    assertThat(complained.next().option()).isEqualTo(NextOption.DISAGREEMENT_RESOLUTION);
    assertThat(complained.deadlines()).isEmpty();

    Worked all =
        work(
            DisagreementAbout.SCHOOL_SUPPORT,
            Set.of(),
            null,
            stage(StageKind.DISAGREEMENT_RESOLUTION, "2026-04-10", null),
            stage(StageKind.MEDIATION_ADVICE, "2026-04-20", "2026-04-21"));
    assertThat(all.next().option()).isEqualTo(NextOption.ASK_FOR_ASSESSMENT);
    assertThat(all.next().deadline()).isNull();
    assertThat(all.deadlines()).isEmpty();
  }

  @Test
  void onlySectionsBFAndICanGoToTheTribunal() {
    assertThat(
            DisagreementRules.toTribunal(
                DisagreementAbout.PLAN_CONTENTS, Set.of(PlanSection.E, PlanSection.C)))
        .isFalse();
    assertThat(
            DisagreementRules.toTribunal(
                DisagreementAbout.PLAN_CONTENTS, Set.of(PlanSection.E, PlanSection.I)))
        .isTrue();
    Worked worked = work(DisagreementAbout.PLAN_CONTENTS, Set.of(PlanSection.E), "2026-03-02");
    assertThat(worked.deadlines()).isEmpty();
    assertThat(worked.next().option()).isEqualTo(NextOption.DISAGREEMENT_RESOLUTION);
  }

  @ParameterizedTest
  @EnumSource(
      value = DisagreementAbout.class,
      names = {"REFUSAL_TO_ASSESS", "REFUSAL_TO_ISSUE", "CEASE", "NAMED_SCHOOL_ONLY"})
  void withoutTheLetterTheNextOptionSaysWhatIsMissing(DisagreementAbout about) {
    Worked worked = work(about, Set.of(), null);

    assertThat(worked.next().option()).isEqualTo(NextOption.DECISION_LETTER);
    assertThat(worked.next().deadline()).isNull();
    assertThat(worked.deadlines()).isEmpty();
  }

  @Test
  void anAppealOverChristmasMovesAfterNewYear() {
    Worked worked = work(DisagreementAbout.NAMED_SCHOOL_ONLY, Set.of(), "2026-10-27");

    assertThat(deadline(worked, DeadlineKind.APPEAL).due().due()).isEqualTo("2027-01-04");
  }

  @Test
  void anAppealLodgedIsMetAndASettledDisagreementLeavesNothingOpen() {
    Worked appealed =
        work(
            DisagreementAbout.NAMED_SCHOOL_ONLY,
            Set.of(),
            "2026-03-02",
            stage(StageKind.TRIBUNAL, "2026-04-15", null));
    assertThat(appealed.next().option()).isEqualTo(NextOption.WITH_TRIBUNAL);
    assertThat(deadline(appealed, DeadlineKind.APPEAL).metOn()).isEqualTo("2026-04-15");

    Worked settled =
        work(
            DisagreementAbout.REFUSAL_TO_ASSESS,
            Set.of(),
            "2026-03-02",
            new StageDates(StageKind.DISAGREEMENT_RESOLUTION, day("2026-03-20"), null, true));
    assertThat(settled.next().option()).isEqualTo(NextOption.SETTLED);
    assertThat(settled.deadlines()).isEmpty();
  }
}
