package org.goldenthread.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.plan.NeedView;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.Views;
import org.goldenthread.web.ValidationProblem;
import org.junit.jupiter.api.Test;

class ReviewRulesTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final LocalDate TARGET = LocalDate.of(2029, 3, 14);

  final NeedView need = Views.need("Language delay");
  final OutcomeView friends = Views.outcome("Has a small group of friends", TARGET, need);
  final OutcomeView travel = Views.outcome("Travels on her own to meet them", TARGET, need);
  final List<OutcomeView> outcomes = List.of(friends, travel);

  @Test
  void aWholeReviewIsTidiedAndItsProgressKeptInPlanOrderWithTheOutcomeAsItStood() {
    ReviewInput input =
        review(
            TODAY,
            List.of(
                progress(travel, OutcomeStatus.NOT_STARTED, " Travel training starts in January "),
                progress(friends, OutcomeStatus.IN_PROGRESS, "Sits with two girls at lunch")),
            TODAY.plusWeeks(12));

    ReviewRules.Checked checked = ReviewRules.checked(input, outcomes, Set.of(), TODAY);

    assertThat(checked.progress())
        .extracting(
            p -> p.view().outcomeText() + ": " + p.view().status() + ", " + p.view().evidence())
        .containsExactly(
            "Has a small group of friends: IN_PROGRESS, Sits with two girls at lunch",
            "Travels on her own to meet them: NOT_STARTED, Travel training starts in January");
    assertThat(checked.progress().get(0).view().targetDate()).isEqualTo(TARGET);
    assertThat(checked.input().parentView()).isEqualTo("She is happier going in");
    assertThat(checked.input().childView()).isNull();
    assertThat(checked.input().decisionNotes()).isNull();
  }

  @Test
  void everyCurrentOutcomeNeedsAStatusAndEvidenceEachNamedByItsOutcome() {
    ReviewInput input = review(TODAY, List.of(progress(friends, null, "  ")), TODAY.plusWeeks(12));

    assertThat(fields(input))
        .containsExactly(
            "progress[" + friends.id() + "].status review.error.progress.status",
            "progress[" + friends.id() + "].evidence review.error.progress.evidence",
            "progress[" + travel.id() + "] review.error.progress.missing");
  }

  @Test
  void progressOnAnOutcomeThatIsNotInThePlanOrGivenTwiceIsRefused() {
    UUID stranger = UUID.randomUUID();
    List<ReviewInput.Progress> entries = new ArrayList<>(complete());
    entries.add(new ReviewInput.Progress(stranger, OutcomeStatus.ACHIEVED, "Not ours"));
    entries.add(progress(friends, OutcomeStatus.ACHIEVED, "Again"));
    entries.add(new ReviewInput.Progress(null, OutcomeStatus.ACHIEVED, "No id"));

    assertThat(fields(review(TODAY, entries, TODAY.plusWeeks(12))))
        .containsExactly(
            "progress[" + stranger + "] review.error.progress.notInPlan",
            "progress[" + friends.id() + "] review.error.progress.twice",
            "progress review.error.progress.outcomeId");
  }

  @Test
  void aReviewIsHeldTodayOrBeforeAndTheNextOneIsAfterIt() {
    assertThat(fields(review(TODAY.plusDays(1), complete(), TODAY.plusWeeks(12))))
        .containsExactly("heldOn review.error.heldOn.future");
    assertThat(fields(review(TODAY, complete(), TODAY)))
        .containsExactly("nextReviewOn review.error.nextReviewOn.afterHeldOn");
    assertThat(fields(review(null, complete(), null)))
        .containsExactly(
            "heldOn review.error.heldOn.missing", "nextReviewOn review.error.nextReviewOn.missing");
    assertThat(
            ReviewRules.checked(
                    review(TODAY.minusWeeks(6), complete(), TODAY.minusWeeks(1)),
                    outcomes,
                    Set.of(),
                    TODAY)
                .input()
                .heldOn())
        .as("a review written up late, whose next review has already passed")
        .isEqualTo(TODAY.minusWeeks(6));
  }

  @Test
  void aDecisionIsRequiredAndTheViewsMayBeBlankButNotTooLong() {
    ReviewInput noDecision =
        new ReviewInput(
            TODAY, complete(), " ", "x".repeat(4001), null, null, null, TODAY.plusDays(1));
    assertThat(fields(noDecision))
        .containsExactly("childView review.error.tooLong", "decision review.error.decision");
  }

  @Test
  void theViewsAnsweredAreTheChildsOwnAndEachCountsOnce() {
    UUID said = UUID.randomUUID();
    ReviewInput twice = withViews(Arrays.asList(said, said));
    assertThat(ReviewRules.checked(twice, outcomes, Set.of(said), TODAY).input().viewsAnswered())
        .containsExactly(said);
    assertThat(fields(withViews(List.of(said, UUID.randomUUID())), outcomes, Set.of(said)))
        .as("a view of another child, or none")
        .containsExactly("viewsAnswered review.error.viewsAnswered");
    assertThat(fields(withViews(Arrays.asList(said, null)), outcomes, Set.of(said)))
        .as("an id that did not read")
        .containsExactly("viewsAnswered review.error.viewsAnswered");
  }

  @Test
  void aPlanWithNoOutcomesHasNothingToReview() {
    assertThat(fields(review(TODAY, List.of(), TODAY.plusWeeks(12)), List.of()))
        .containsExactly("progress review.error.progress.noOutcomes");
  }

  private List<ReviewInput.Progress> complete() {
    return List.of(
        progress(friends, OutcomeStatus.IN_PROGRESS, "Sits with two girls at lunch"),
        progress(travel, OutcomeStatus.NOT_STARTED, "Travel training starts in January"));
  }

  private static ReviewInput.Progress progress(
      OutcomeView outcome, OutcomeStatus status, String evidence) {
    return new ReviewInput.Progress(outcome.id(), status, evidence);
  }

  private static ReviewInput review(
      LocalDate heldOn, List<ReviewInput.Progress> progress, LocalDate next) {
    return new ReviewInput(
        heldOn,
        progress,
        "  She is happier going in ",
        "",
        null,
        ReviewDecision.CONTINUE,
        " ",
        next);
  }

  private ReviewInput withViews(List<UUID> views) {
    ReviewInput plain = review(TODAY, complete(), TODAY.plusWeeks(12));
    return new ReviewInput(
        plain.heldOn(),
        plain.progress(),
        plain.parentView(),
        plain.childView(),
        plain.childViewGatheredBy(),
        plain.decision(),
        plain.decisionNotes(),
        plain.nextReviewOn(),
        views);
  }

  private List<String> fields(ReviewInput input) {
    return fields(input, outcomes);
  }

  private static List<String> fields(ReviewInput input, List<OutcomeView> outcomes) {
    return fields(input, outcomes, Set.of());
  }

  private static List<String> fields(
      ReviewInput input, List<OutcomeView> outcomes, Set<UUID> childsViews) {
    try {
      ReviewRules.checked(input, outcomes, childsViews, TODAY);
    } catch (ValidationProblem problem) {
      return problem.errors().stream().map(e -> e.field() + " " + e.message()).toList();
    }
    throw new AssertionError("the review was accepted");
  }
}
