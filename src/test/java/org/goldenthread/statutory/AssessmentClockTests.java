package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.deadline.AllowedException;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.junit.jupiter.api.Test;

/** The clock of an assessment: which deadlines each milestone opens, meets and closes. */
class AssessmentClockTests {

  static final LocalDate REQUESTED = LocalDate.parse("2026-01-05");

  private final List<Milestone> steps = new ArrayList<>();

  private Milestone step(MilestoneKind kind, String on) {
    return step(kind, on, null, null, null);
  }

  private Milestone step(
      MilestoneKind kind, String on, Boolean assess, String adviser, UUID adviceId) {
    Milestone step =
        new Milestone(
            UUID.randomUUID(),
            kind,
            LocalDate.parse(on),
            assess,
            adviser,
            adviceId,
            kind == MilestoneKind.EXCEPTION ? AllowedException.Reason.FAMILY_AWAY : null,
            kind == MilestoneKind.EXCEPTION ? "Away until March" : null,
            "Olu Officer",
            Instant.parse("2026-02-02T10:00:00Z"));
    steps.add(step);
    return step;
  }

  private AssessmentClock clock() {
    return AssessmentClock.replay(REQUESTED, steps);
  }

  private AssessmentClock.Due due(DeadlineKind kind) {
    return clock().deadlines().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void aRequestStartsTheDecisionAndTheFinalPlanFromTheDayItWasReceived() {
    AssessmentClock clock = clock();

    assertThat(clock.status()).isEqualTo(AssessmentStatus.REQUESTED);
    assertThat(clock.deadlines())
        .extracting(AssessmentClock.Due::kind)
        .containsExactly(DeadlineKind.DECISION_TO_ASSESS, DeadlineKind.FINAL_PLAN);
    assertThat(clock.deadlines()).allMatch(d -> d.countsFrom().equals(REQUESTED));
    assertThat(clock.allows(MilestoneKind.DECISION_TO_ASSESS)).isTrue();
    assertThat(clock.allows(MilestoneKind.DRAFT_ISSUED)).isFalse();
  }

  @Test
  void decidingToAssessMeetsTheDecisionAndStartsTheDecisionNotToIssue() {
    step(MilestoneKind.DECISION_TO_ASSESS, "2026-02-10", true, null, null);

    assertThat(clock().status()).isEqualTo(AssessmentStatus.ASSESSING);
    assertThat(due(DeadlineKind.DECISION_TO_ASSESS).metOn()).isEqualTo("2026-02-10");
    assertThat(due(DeadlineKind.DECISION_NOT_TO_ISSUE).countsFrom()).isEqualTo(REQUESTED);
    assertThat(clock().lastStep()).isEqualTo("2026-02-10");
  }

  @Test
  void aRefusalClosesTheFinalPlanAndGivesTheFamilyTheirAppeal() {
    step(MilestoneKind.DECISION_TO_ASSESS, "2026-02-20", false, null, null);

    AssessmentClock clock = clock();
    assertThat(clock.status()).isEqualTo(AssessmentStatus.NOT_ASSESSING);
    assertThat(due(DeadlineKind.DECISION_TO_ASSESS).metOn()).isEqualTo("2026-02-20");
    assertThat(due(DeadlineKind.FINAL_PLAN).closedOn()).isEqualTo("2026-02-20");
    AssessmentClock.Due appeal = due(DeadlineKind.APPEAL);
    assertThat(appeal.countsFrom()).isEqualTo("2026-02-20");
    assertThat(appeal.owner()).isEqualTo(DeadlineOwner.FAMILY);
    assertThat(clock.allows(MilestoneKind.EXCEPTION)).isFalse();
  }

  @Test
  void adviceIsOwedByWhoeverWasAskedAndMetWhenTheirAdviceComes() {
    step(MilestoneKind.DECISION_TO_ASSESS, "2026-02-10", true, null, null);
    Milestone asked =
        step(MilestoneKind.ADVICE_REQUESTED, "2026-02-11", null, "Educational psychology", null);
    step(MilestoneKind.ADVICE_REQUESTED, "2026-02-12", null, "Speech and language therapy", null);
    step(MilestoneKind.ADVICE_RECEIVED, "2026-03-20", null, null, asked.id());

    List<AssessmentClock.Due> advice =
        clock().deadlines().stream().filter(d -> d.kind() == DeadlineKind.ADVICE).toList();
    assertThat(advice).hasSize(2);
    assertThat(advice.get(0).ownerName()).isEqualTo("Educational psychology");
    assertThat(advice.get(0).owner()).isEqualTo(DeadlineOwner.TEAM_MEMBER);
    assertThat(advice.get(0).metOn()).isEqualTo("2026-03-20");
    assertThat(advice.get(1).metOn()).isNull();
    assertThat(clock().openAdvice(asked.id())).isEmpty();
    assertThat(clock().lastStep()).isEqualTo("2026-02-12");
  }

  @Test
  void theDraftStartsTheFamilysCommentsAndTheFinalPlanMeetsTheRest() {
    step(MilestoneKind.DECISION_TO_ASSESS, "2026-02-10", true, null, null);
    step(MilestoneKind.DRAFT_ISSUED, "2026-04-20");

    assertThat(clock().status()).isEqualTo(AssessmentStatus.DRAFT_ISSUED);
    assertThat(due(DeadlineKind.DECISION_NOT_TO_ISSUE).metOn()).isEqualTo("2026-04-20");
    assertThat(due(DeadlineKind.DRAFT_COMMENTS).countsFrom()).isEqualTo("2026-04-20");
    assertThat(clock().allows(MilestoneKind.FINAL_ISSUED)).isTrue();

    step(MilestoneKind.FINAL_ISSUED, "2026-05-22");

    assertThat(clock().status()).isEqualTo(AssessmentStatus.FINAL_ISSUED);
    assertThat(due(DeadlineKind.FINAL_PLAN).metOn()).isEqualTo("2026-05-22");
    assertThat(due(DeadlineKind.DRAFT_COMMENTS).metOn()).isEqualTo("2026-05-22");
    assertThat(due(DeadlineKind.APPEAL).countsFrom()).isEqualTo("2026-05-22");
    assertThat(due(DeadlineKind.ANNUAL_REVIEW).countsFrom()).isEqualTo("2026-05-22");
    assertThat(clock().allows(MilestoneKind.ADVICE_RECEIVED)).isFalse();
  }

  @Test
  void aDecisionNotToIssueClosesWhatIsLeftAndOpensTheAppeal() {
    step(MilestoneKind.DECISION_TO_ASSESS, "2026-02-10", true, null, null);
    step(MilestoneKind.ADVICE_REQUESTED, "2026-02-11", null, "Educational psychology", null);
    step(MilestoneKind.DECISION_NOT_TO_ISSUE, "2026-04-24");

    assertThat(clock().status()).isEqualTo(AssessmentStatus.NOT_ISSUING);
    assertThat(due(DeadlineKind.DECISION_NOT_TO_ISSUE).metOn()).isEqualTo("2026-04-24");
    assertThat(due(DeadlineKind.FINAL_PLAN).closedOn()).isEqualTo("2026-04-24");
    assertThat(due(DeadlineKind.ADVICE).closedOn()).isEqualTo("2026-04-24");
    assertThat(due(DeadlineKind.APPEAL).countsFrom()).isEqualTo("2026-04-24");
  }

  @Test
  void anExceptionIsShownBesideEveryDeadlineStillOpenButTheFamilysAndMovesNothing() {
    step(MilestoneKind.DECISION_TO_ASSESS, "2026-02-10", true, null, null);
    step(MilestoneKind.EXCEPTION, "2026-02-12");

    assertThat(due(DeadlineKind.FINAL_PLAN).exceptions())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.reason()).isEqualTo(AllowedException.Reason.FAMILY_AWAY);
              assertThat(e.note()).isEqualTo("Away until March");
              assertThat(e.recordedBy()).isEqualTo("Olu Officer");
            });
    assertThat(due(DeadlineKind.DECISION_TO_ASSESS).exceptions()).isEmpty();
    assertThat(due(DeadlineKind.FINAL_PLAN).countsFrom()).isEqualTo(REQUESTED);
    assertThat(clock().lastStep()).isEqualTo("2026-02-10");
  }
}
