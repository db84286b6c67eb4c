package org.goldenthread.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A plan as a thread to read top to bottom: each aspiration, the needs that stand in its way, the
 * outcomes for each need, the support for each outcome. An item linked to several others above it
 * appears under each of them; only its first appearance carries its anchor (its id in the page), so
 * that links to it land in one place and the page's ids stay unique. What is on no thread yet (a
 * need under no aspiration, an outcome for no need, support for no outcome) is kept apart so that
 * nothing is hidden; strategies come last. The breaks are grouped by item once, for every place
 * that shows an item's breaks.
 */
public record ThreadView(
    List<AspirationNode> aspirations,
    List<NeedNode> needsAlone,
    List<OutcomeNode> outcomesAlone,
    List<Entry<ProvisionView>> provisionsAlone,
    List<Entry<StrategyView>> strategies,
    Map<UUID, List<BreakView>> breaksByItem) {

  /** Whether anything is on no thread yet. */
  public boolean hasLooseEnds() {
    return !needsAlone.isEmpty() || !outcomesAlone.isEmpty() || !provisionsAlone.isEmpty();
  }

  public boolean isEmpty() {
    return aspirations.isEmpty() && !hasLooseEnds() && strategies.isEmpty();
  }

  /** The breaks at one item. */
  List<BreakView> breaksAt(UUID itemId) {
    return breaksByItem.getOrDefault(itemId, List.of());
  }

  /**
   * One appearance of an item: the item, its anchor (null after its first appearance) and its
   * breaks.
   */
  public record Entry<T extends PlanItem>(T item, String anchor, List<BreakView> breaks) {}

  public record AspirationNode(Entry<AspirationView> entry, List<NeedNode> needs) {}

  public record NeedNode(Entry<NeedView> entry, List<OutcomeNode> outcomes) {}

  public record OutcomeNode(Entry<OutcomeView> entry, List<Entry<ProvisionView>> provisions) {}

  /** The id of an item in a plan page: "need-…", "outcome-…". */
  static String anchor(PlanItemKind kind, UUID id) {
    return kind.singular() + "-" + id;
  }

  /** The plan's thread, built in the order the page reads. */
  static ThreadView of(PlanView plan) {
    return new Builder(plan).build();
  }

  /** Walks the plan in reading order, giving each item its anchor the first time it is met. */
  private static final class Builder {

    private final PlanView plan;
    private final Set<UUID> met = new HashSet<>();
    private final Map<UUID, List<BreakView>> breaks = new LinkedHashMap<>();

    Builder(PlanView plan) {
      this.plan = plan;
      plan.breaks()
          .forEach(b -> breaks.computeIfAbsent(b.itemId(), id -> new ArrayList<>()).add(b));
    }

    ThreadView build() {
      List<AspirationNode> aspirations =
          plan.aspirations().stream()
              .map(
                  a ->
                      new AspirationNode(
                          entry(a),
                          plan.needs().stream()
                              .filter(n -> n.aspirationIds().contains(a.id()))
                              .map(this::need)
                              .toList()))
              .toList();
      List<NeedNode> needsAlone =
          plan.needs().stream().filter(n -> n.aspirationIds().isEmpty()).map(this::need).toList();
      List<OutcomeNode> outcomesAlone =
          plan.outcomes().stream().filter(o -> o.needIds().isEmpty()).map(this::outcome).toList();
      List<Entry<ProvisionView>> provisionsAlone =
          plan.provisions().stream()
              .filter(p -> p.outcomeIds().isEmpty())
              .map(this::entry)
              .toList();
      List<Entry<StrategyView>> strategies = plan.strategies().stream().map(this::entry).toList();
      return new ThreadView(
          aspirations, needsAlone, outcomesAlone, provisionsAlone, strategies, breaks);
    }

    private NeedNode need(NeedView need) {
      Entry<NeedView> entry = entry(need);
      return new NeedNode(
          entry,
          plan.outcomes().stream()
              .filter(o -> o.needIds().contains(need.id()))
              .map(this::outcome)
              .toList());
    }

    private OutcomeNode outcome(OutcomeView outcome) {
      Entry<OutcomeView> entry = entry(outcome);
      return new OutcomeNode(
          entry,
          plan.provisions().stream()
              .filter(p -> p.outcomeIds().contains(outcome.id()))
              .map(this::entry)
              .toList());
    }

    private <T extends PlanItem> Entry<T> entry(T item) {
      String anchor = met.add(item.id()) ? anchor(item.kind(), item.id()) : null;
      return new Entry<>(item, anchor, breaks.getOrDefault(item.id(), List.of()));
    }
  }
}
