package org.goldenthread.plan;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The items of a plan at one moment (now, or as it stood on a date), each kind in thread order. */
public record PlanContent(
    List<AspirationView> aspirations,
    List<NeedView> needs,
    List<OutcomeView> outcomes,
    List<ProvisionView> provisions,
    List<StrategyView> strategies) {

  /** The order items are shown in: the order they were added. */
  static final Comparator<PlanItem> ORDER =
      Comparator.comparing(PlanItem::addedAt).thenComparing(PlanItem::id);

  public PlanContent {
    aspirations = sorted(aspirations);
    needs = sorted(needs);
    outcomes = sorted(outcomes);
    provisions = sorted(provisions);
    strategies = sorted(strategies);
  }

  static PlanContent empty() {
    return new PlanContent(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Every item, kind by kind in thread order. */
  public Stream<PlanItem> items() {
    return Stream.of(aspirations, needs, outcomes, provisions, strategies)
        .flatMap(List::stream)
        .map(PlanItem.class::cast);
  }

  /** The same items with the provision costed as given. */
  PlanContent costedAt(ProvisionCosting.ProvisionCost cost) {
    return new PlanContent(
        aspirations,
        needs,
        outcomes,
        provisions.stream().map(p -> p.costedAt(cost)).toList(),
        strategies);
  }

  private static <T extends PlanItem> List<T> sorted(List<T> items) {
    return items.stream().sorted(ORDER).toList();
  }
}
