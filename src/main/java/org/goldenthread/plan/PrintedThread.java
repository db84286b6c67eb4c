package org.goldenthread.plan;

import java.util.List;
import java.util.UUID;

/**
 * A plan laid out as the thread runs, for reading on paper: each aspiration, the needs in its way,
 * the outcomes for each need, and the provision for each outcome. An item linked to several is
 * shown under each. What hangs from nothing is listed after, so that nothing in the plan is left
 * out of the printed copy: needs linked to no aspiration (with their outcomes and provision),
 * outcomes linked to no need (with their provision), and provision linked to no outcome.
 */
record PrintedThread(
    List<AspirationBranch> aspirations,
    List<NeedBranch> needsWithoutAspiration,
    List<OutcomeBranch> outcomesWithoutNeed,
    List<ProvisionView> provisionWithoutOutcome) {

  record AspirationBranch(AspirationView aspiration, List<NeedBranch> needs) {}

  record NeedBranch(NeedView need, List<OutcomeBranch> outcomes) {}

  record OutcomeBranch(OutcomeView outcome, List<ProvisionView> provision) {}

  static PrintedThread of(PlanView plan) {
    return new PrintedThread(
        plan.aspirations().stream().map(a -> new AspirationBranch(a, needs(plan, a.id()))).toList(),
        plan.needs().stream()
            .filter(n -> n.aspirationIds().isEmpty())
            .map(n -> branch(plan, n))
            .toList(),
        plan.outcomes().stream()
            .filter(o -> o.needIds().isEmpty())
            .map(o -> branch(plan, o))
            .toList(),
        plan.provisions().stream().filter(p -> p.outcomeIds().isEmpty()).toList());
  }

  /** Whether anything hangs from nothing, so the printed plan has a section for it. */
  boolean hasLooseEnds() {
    return !needsWithoutAspiration.isEmpty()
        || !outcomesWithoutNeed.isEmpty()
        || !provisionWithoutOutcome.isEmpty();
  }

  private static List<NeedBranch> needs(PlanView plan, UUID aspirationId) {
    return plan.needs().stream()
        .filter(n -> n.aspirationIds().contains(aspirationId))
        .map(n -> branch(plan, n))
        .toList();
  }

  private static NeedBranch branch(PlanView plan, NeedView need) {
    return new NeedBranch(
        need,
        plan.outcomes().stream()
            .filter(o -> o.needIds().contains(need.id()))
            .map(o -> branch(plan, o))
            .toList());
  }

  private static OutcomeBranch branch(PlanView plan, OutcomeView outcome) {
    return new OutcomeBranch(
        outcome,
        plan.provisions().stream().filter(p -> p.outcomeIds().contains(outcome.id())).toList());
  }
}
