package org.goldenthread.plan;

import java.util.List;
import java.util.UUID;

/**
 * A plan laid out as the thread runs, for reading on paper: each aspiration, the needs in its way,
 * the outcomes for each need, and the provision for each outcome. An item linked to several is
 * shown under each. What hangs from nothing is listed after, so that nothing in the plan is left
 * out of the printed copy: needs linked to no aspiration (with their outcomes and provision),
 * outcomes linked to no need (with their provision), and provision linked to no outcome. The
 * strategies follow, grouped by where they are used (home and school first), empty groups left out.
 */
public record PrintedThread(
    List<AspirationBranch> aspirations,
    List<NeedBranch> needsWithoutAspiration,
    List<OutcomeBranch> outcomesWithoutNeed,
    List<ProvisionView> provisionWithoutOutcome,
    List<StrategyGroup> strategies) {

  /** The order strategies are printed in: those both places use, then home, then school. */
  private static final List<UsedAt> PLACES = List.of(UsedAt.BOTH, UsedAt.HOME, UsedAt.SCHOOL);

  public record AspirationBranch(AspirationView aspiration, List<NeedBranch> needs) {}

  public record NeedBranch(NeedView need, List<OutcomeBranch> outcomes) {}

  public record OutcomeBranch(OutcomeView outcome, List<ProvisionView> provision) {}

  public record StrategyGroup(UsedAt usedAt, List<StrategyView> strategies) {}

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
        plan.provisions().stream().filter(p -> p.outcomeIds().isEmpty()).toList(),
        PLACES.stream()
            .map(
                place ->
                    new StrategyGroup(
                        place,
                        plan.strategies().stream().filter(s -> s.usedAt() == place).toList()))
            .filter(group -> !group.strategies().isEmpty())
            .toList());
  }

  /** Whether anything hangs from nothing, so the printed plan has a section for it. */
  public boolean hasLooseEnds() {
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
