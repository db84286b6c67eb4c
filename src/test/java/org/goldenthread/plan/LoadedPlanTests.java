package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Links are kept on the lower item and set from either end; both ends count as changed. */
class LoadedPlanTests {

  static final UUID CHILD = UUID.randomUUID();
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  final Need need =
      new Need(CHILD, null, NOW, 1, new ItemInput.Need("Reading", AreaOfNeed.SEMH, null, null));
  final Outcome first = outcome("Reads a page", NOW);
  final Outcome second = outcome("Reads aloud", NOW.plusSeconds(60));
  final LoadedPlan plan =
      new LoadedPlan(List.of(need, first, second), ProvisionCosting.ProvisionCost.NONE);

  @Test
  void linksSetFromTheUpperItemAreKeptOnTheLowerOnes() {
    assertThat(plan.setLinks(LoadedPlan.Link.OUTCOME_NEED, need, List.of(first.id())))
        .containsExactlyInAnyOrder(need.id(), first.id());
    assertThat(first.needIds()).containsExactly(need.id());
    assertThat(((NeedView) plan.view(need)).outcomeIds()).containsExactly(first.id());

    assertThat(plan.setLinks(LoadedPlan.Link.OUTCOME_NEED, need, List.of(second.id())))
        .containsExactlyInAnyOrder(need.id(), first.id(), second.id());
    assertThat(first.needIds()).isEmpty();
    assertThat(second.needIds()).containsExactly(need.id());
  }

  @Test
  void linksSetFromTheLowerItemShowOnTheUpperOne() {
    plan.setLinks(LoadedPlan.Link.OUTCOME_NEED, first, List.of(need.id()));
    plan.setLinks(LoadedPlan.Link.OUTCOME_NEED, second, List.of(need.id()));
    assertThat(((NeedView) plan.view(need)).outcomeIds())
        .as("in plan order")
        .containsExactly(first.id(), second.id());
    assertThat(plan.setLinks(LoadedPlan.Link.OUTCOME_NEED, first, List.of(need.id())))
        .as("the same links again change nothing")
        .isEmpty();
    assertThat(plan.setLinks(LoadedPlan.Link.OUTCOME_NEED, first, null)).isEmpty();
  }

  @Test
  void unlinkingAnItemChangesOnlyTheItemsAtItsOtherEnds() {
    plan.setLinks(LoadedPlan.Link.OUTCOME_NEED, need, List.of(first.id(), second.id()));
    assertThat(plan.unlinkAll(need)).containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(first.needIds()).isEmpty();
    assertThat(second.needIds()).isEmpty();
  }

  private static Outcome outcome(String text, Instant added) {
    return new Outcome(
        CHILD, null, added, 1, new ItemInput.Outcome(text, null, null, null, null, null, null));
  }
}
