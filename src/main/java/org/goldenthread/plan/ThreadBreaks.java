package org.goldenthread.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the breaks in a plan's thread, worked out afresh on every read and every change:
 *
 * <ul>
 *   <li>{@code ASPIRATION_UNADDRESSED}: no need is linked to the aspiration;
 *   <li>{@code NEED_WITHOUT_OUTCOME}: no outcome is linked to the need;
 *   <li>{@code OUTCOME_WITHOUT_PROVISION}: no provision is linked to the outcome;
 *   <li>{@code OUTCOME_WITHOUT_TARGET_DATE}: the outcome has no target date;
 *   <li>{@code OUTCOME_NOT_REVIEWED}: the outcome existed at the last review, and the review has no
 *       progress entry for it. It existed at the review when it had been added both by the end of
 *       the day the review was held (in England) and before the review was recorded. So an outcome
 *       added after the review was held (for instance one the review agreed, added once the review
 *       was recorded) is new since the review, not one the review missed. Reviews recorded through
 *       {@link Reviews} cover every outcome of the plan when they are recorded, so this break shows
 *       a review that missed one some other way (for instance recorded before that rule, or brought
 *       in from elsewhere);
 *   <li>{@code PROVISION_WITHOUT_OUTCOME}: the provision is linked to no outcome.
 * </ul>
 *
 * They are listed in thread order: aspirations, needs, outcomes, provision; items in plan order.
 */
final class ThreadBreaks {

  private ThreadBreaks() {}

  static List<ThreadBreak> in(
      PlanContent plan, Optional<ReviewedOutcomes.LastReview> lastReview, ZoneId zone) {
    Set<UUID> aspirationsWithNeeds = new HashSet<>();
    plan.needs().forEach(need -> aspirationsWithNeeds.addAll(need.aspirationIds()));
    Set<UUID> needsWithOutcomes = new HashSet<>();
    plan.outcomes().forEach(outcome -> needsWithOutcomes.addAll(outcome.needIds()));
    Set<UUID> outcomesWithProvision = new HashSet<>();
    plan.provisions().forEach(provision -> outcomesWithProvision.addAll(provision.outcomeIds()));

    List<ThreadBreak> breaks = new ArrayList<>();
    for (AspirationView aspiration : plan.aspirations()) {
      if (!aspirationsWithNeeds.contains(aspiration.id())) {
        breaks.add(new ThreadBreak(BreakKind.ASPIRATION_UNADDRESSED, aspiration));
      }
    }
    for (NeedView need : plan.needs()) {
      if (!needsWithOutcomes.contains(need.id())) {
        breaks.add(new ThreadBreak(BreakKind.NEED_WITHOUT_OUTCOME, need));
      }
    }
    for (OutcomeView outcome : plan.outcomes()) {
      if (!outcomesWithProvision.contains(outcome.id())) {
        breaks.add(new ThreadBreak(BreakKind.OUTCOME_WITHOUT_PROVISION, outcome));
      }
      if (outcome.targetDate() == null) {
        breaks.add(new ThreadBreak(BreakKind.OUTCOME_WITHOUT_TARGET_DATE, outcome));
      }
      lastReview
          .filter(review -> notReviewed(outcome, review, zone))
          .ifPresent(
              review ->
                  breaks.add(
                      new ThreadBreak(BreakKind.OUTCOME_NOT_REVIEWED, outcome, review.heldOn())));
    }
    for (ProvisionView provision : plan.provisions()) {
      if (provision.outcomeIds().isEmpty()) {
        breaks.add(new ThreadBreak(BreakKind.PROVISION_WITHOUT_OUTCOME, provision));
      }
    }
    return breaks;
  }

  private static boolean notReviewed(
      OutcomeView outcome, ReviewedOutcomes.LastReview review, ZoneId zone) {
    LocalDate added = outcome.addedAt().atZone(zone).toLocalDate();
    boolean existed =
        !added.isAfter(review.heldOn()) && outcome.addedAt().isBefore(review.recordedAt());
    return existed && !review.outcomeIds().contains(outcome.id());
  }
}
