package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThreadBreaksTests {

  static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  static final LocalDate TARGET = LocalDate.of(2027, 7, 20);

  @Test
  void aWholeThreadHasNoBreaks() {
    AspirationView friends = Views.aspiration("To have friends");
    NeedView language = Views.need("Language delay", friends);
    OutcomeView group = Views.outcome("A small group of friends", TARGET, language);
    ProvisionView club =
        Views.provision("Social skills group", DelivererRole.TEACHING_ASSISTANT, 2, 30, 4, group);
    assertThat(
            breaks(Views.plan(List.of(friends), List.of(language), List.of(group), List.of(club))))
        .isEmpty();
  }

  @Test
  void anEmptyPlanHasNoBreaks() {
    assertThat(breaks(PlanContent.empty())).isEmpty();
  }

  @Test
  void eachLooseEndIsABreakAtItsItemInThreadOrder() {
    AspirationView alone = Views.aspiration("To ride a bike");
    NeedView needAlone = Views.need("Balance");
    OutcomeView undated = Views.outcome("Rides ten metres", null, needAlone);
    ProvisionView idle = Views.provision("Physio exercises", DelivererRole.THERAPIST, 1, 20, 1);
    List<ThreadBreak> found =
        ThreadBreaks.in(
            Views.plan(List.of(alone), List.of(needAlone), List.of(undated), List.of(idle)),
            Optional.empty(),
            ENGLAND);
    assertThat(found)
        .extracting(b -> b.kind() + " " + b.item().words())
        .containsExactly(
            "ASPIRATION_UNADDRESSED To ride a bike",
            "OUTCOME_WITHOUT_PROVISION Rides ten metres",
            "OUTCOME_WITHOUT_TARGET_DATE Rides ten metres",
            "PROVISION_WITHOUT_OUTCOME Physio exercises");
  }

  @Test
  void aNeedIsABreakUntilAnOutcomeAddressesIt() {
    NeedView need = Views.need("Anxiety at lunchtime");
    assertThat(breaks(Views.plan(List.of(), List.of(need), List.of(), List.of())))
        .containsExactly(BreakKind.NEED_WITHOUT_OUTCOME);
    OutcomeView outcome = Views.outcome("Eats lunch in the hall", TARGET, need);
    assertThat(breaks(Views.plan(List.of(), List.of(need), List.of(outcome), List.of())))
        .containsExactly(BreakKind.OUTCOME_WITHOUT_PROVISION);
  }

  @Test
  void anOutcomeThatExistedAtTheLastReviewWithoutAProgressEntryWasNotReviewed() {
    LocalDate reviewDay = LocalDate.of(2026, 4, 10);
    NeedView need = Views.need("Reading");
    OutcomeView reviewed = Views.outcome("Reads a page", TARGET, need);
    OutcomeView missed = Views.outcome("Spells ten words", TARGET, need);
    // Added at 23:30 in London (British Summer Time) on the review day: it existed that day.
    OutcomeView lateThatDay =
        Views.outcome(
            "Writes a sentence", TARGET, Instant.parse("2026-04-10T22:30:00Z"), false, need);
    // Added at 00:30 in London the day after, though it was still the review day in UTC.
    OutcomeView afterwards =
        Views.outcome("Reads aloud", TARGET, Instant.parse("2026-04-10T23:30:00Z"), false, need);
    PlanContent plan =
        Views.plan(
            List.of(),
            List.of(need),
            List.of(reviewed, missed, lateThatDay, afterwards),
            List.of(
                Views.provision(
                    "Reading group",
                    DelivererRole.TEACHER,
                    3,
                    20,
                    5,
                    reviewed,
                    missed,
                    lateThatDay,
                    afterwards)));
    // Written up the next morning: everything added on the review day was in the plan by then.
    ReviewedOutcomes.LastReview review =
        new ReviewedOutcomes.LastReview(
            reviewDay, Instant.parse("2026-04-11T08:00:00Z"), Set.of(reviewed.id()));

    List<ThreadBreak> found = ThreadBreaks.in(plan, Optional.of(review), ENGLAND);

    assertThat(found)
        .extracting(b -> b.kind() + " " + b.item().words() + " " + b.reviewedOn())
        .containsExactly(
            "OUTCOME_NOT_REVIEWED Spells ten words 2026-04-10",
            "OUTCOME_NOT_REVIEWED Writes a sentence 2026-04-10");
  }

  @Test
  void anOutcomeAddedAfterTheReviewWasRecordedIsNewNotMissedEvenOnTheSameDay() {
    LocalDate reviewDay = LocalDate.of(2026, 11, 20);
    Instant recorded = Instant.parse("2026-11-20T11:00:00Z");
    NeedView need = Views.need("Making friends");
    OutcomeView reviewed =
        Views.outcome(
            "Joins a lunchtime club", TARGET, Instant.parse("2026-09-07T09:00:00Z"), false, need);
    // The review agreed a new outcome, added to the plan straight after the review was recorded.
    OutcomeView agreedAtTheReview =
        Views.outcome(
            "Invites a friend home", TARGET, Instant.parse("2026-11-20T11:05:00Z"), false, need);
    PlanContent plan =
        Views.plan(
            List.of(),
            List.of(need),
            List.of(reviewed, agreedAtTheReview),
            List.of(
                Views.provision(
                    "Social skills group",
                    DelivererRole.TEACHING_ASSISTANT,
                    2,
                    45,
                    6,
                    reviewed,
                    agreedAtTheReview)));

    assertThat(
            ThreadBreaks.in(
                plan,
                Optional.of(
                    new ReviewedOutcomes.LastReview(reviewDay, recorded, Set.of(reviewed.id()))),
                ENGLAND))
        .isEmpty();
    assertThat(
            ThreadBreaks.in(
                plan,
                Optional.of(new ReviewedOutcomes.LastReview(reviewDay, recorded, Set.of())),
                ENGLAND))
        .as("an outcome that was in the plan when the review was recorded, and is not in it")
        .extracting(b -> b.kind() + " " + b.item().words())
        .containsExactly("OUTCOME_NOT_REVIEWED Joins a lunchtime club");
  }

  @Test
  void withNoReviewYetNoOutcomeIsUnreviewed() {
    NeedView need = Views.need("Reading");
    OutcomeView outcome = Views.outcome("Reads a page", TARGET, need);
    ProvisionView provision =
        Views.provision("Reading group", DelivererRole.TEACHER, 3, 20, 5, outcome);
    PlanContent plan = Views.plan(List.of(), List.of(need), List.of(outcome), List.of(provision));
    assertThat(ThreadBreaks.in(plan, Optional.empty(), ENGLAND)).isEmpty();
  }

  private static List<BreakKind> breaks(PlanContent plan) {
    return ThreadBreaks.in(plan, Optional.empty(), ENGLAND).stream()
        .map(ThreadBreak::kind)
        .toList();
  }
}
