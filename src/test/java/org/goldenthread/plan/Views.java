package org.goldenthread.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.provision.CostRateTable;

/** Plan items for rule tests, added at a given moment. */
public final class Views {

  static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

  private Views() {}

  public static AspirationView aspiration(String text) {
    return new AspirationView(UUID.randomUUID(), text, Voice.CHILD, List.of(), MONDAY, 0);
  }

  public static NeedView need(String text, AspirationView... aspirations) {
    return new NeedView(
        UUID.randomUUID(),
        text,
        AreaOfNeed.SEMH,
        List.of(aspirations).stream().map(AspirationView::id).toList(),
        List.of(),
        MONDAY,
        0);
  }

  public static OutcomeView outcome(String text, LocalDate target, NeedView... needs) {
    return outcome(text, target, MONDAY, false, needs);
  }

  public static OutcomeView outcome(
      String text, LocalDate target, Instant added, boolean withFamily, NeedView... needs) {
    return new OutcomeView(
        UUID.randomUUID(),
        text,
        null,
        target,
        OutcomeStatus.IN_PROGRESS,
        withFamily,
        List.of(needs).stream().map(NeedView::id).toList(),
        List.of(),
        added,
        0);
  }

  public static ProvisionView provision(
      String description,
      DelivererRole role,
      int sessions,
      int minutes,
      int group,
      OutcomeView... outcomes) {
    return new ProvisionView(
            UUID.randomUUID(),
            description,
            null,
            role,
            sessions,
            minutes,
            group,
            null,
            null,
            0,
            null,
            List.of(outcomes).stream().map(OutcomeView::id).toList(),
            MONDAY,
            0)
        .costedAt(CostRateTable.defaults().cost());
  }

  public static StrategyView strategy(String text) {
    return new StrategyView(UUID.randomUUID(), text, UsedAt.BOTH, MONDAY, 0);
  }

  public static PlanContent plan(
      List<AspirationView> aspirations,
      List<NeedView> needs,
      List<OutcomeView> outcomes,
      List<ProvisionView> provisions) {
    return new PlanContent(aspirations, needs, outcomes, provisions, List.of());
  }
}
