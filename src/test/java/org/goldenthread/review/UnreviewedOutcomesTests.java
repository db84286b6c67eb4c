package org.goldenthread.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.plan.NeedView;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.PlanContent;
import org.goldenthread.plan.ThreadBreak;
import org.goldenthread.plan.Views;
import org.junit.jupiter.api.Test;

/** The reviews' rule for the thread: an outcome that existed at the last review and was missed. */
class UnreviewedOutcomesTests {

  static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  static final LocalDate TARGET = LocalDate.of(2027, 7, 20);

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
    UnreviewedOutcomes.LastReview review =
        new UnreviewedOutcomes.LastReview(
            reviewDay, Instant.parse("2026-04-11T08:00:00Z"), Set.of(reviewed.id()));

    List<ThreadBreak> found = UnreviewedOutcomes.missed(plan, review, ENGLAND);

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
            UnreviewedOutcomes.missed(
                plan,
                new UnreviewedOutcomes.LastReview(reviewDay, recorded, Set.of(reviewed.id())),
                ENGLAND))
        .isEmpty();
    assertThat(
            UnreviewedOutcomes.missed(
                plan, new UnreviewedOutcomes.LastReview(reviewDay, recorded, Set.of()), ENGLAND))
        .as("an outcome that was in the plan when the review was recorded, and is not in it")
        .extracting(b -> b.kind() + " " + b.item().words())
        .containsExactly("OUTCOME_NOT_REVIEWED Joins a lunchtime club");
  }
}
