package org.goldenthread.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 *   <li>{@code PROVISION_WITHOUT_OUTCOME}: the provision is linked to no outcome;
 *   <li>and those of the rules other capabilities add ({@link ThreadBreakRule}), such as {@code
 *       OUTCOME_NOT_REVIEWED} from the reviews.
 * </ul>
 *
 * They are listed in thread order: aspirations, needs, outcomes, provision; items in plan order; at
 * one item, the plan's own breaks before those of added rules.
 */
final class ThreadBreaks {

  private ThreadBreaks() {}

  static List<ThreadBreak> in(PlanContent plan, List<ThreadBreak> added) {
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
    }
    for (ProvisionView provision : plan.provisions()) {
      if (provision.outcomeIds().isEmpty()) {
        breaks.add(new ThreadBreak(BreakKind.PROVISION_WITHOUT_OUTCOME, provision));
      }
    }
    breaks.addAll(added);
    Map<UUID, Integer> place = new HashMap<>();
    plan.items().forEach(item -> place.putIfAbsent(item.id(), place.size()));
    breaks.sort(Comparator.comparingInt(b -> place.getOrDefault(b.item().id(), Integer.MAX_VALUE)));
    return breaks;
  }
}
