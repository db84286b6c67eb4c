package org.goldenthread.plan;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The stored items of one plan, loaded together, with the links between them. A link is kept on the
 * item further down the thread (a need keeps its aspirations, an outcome its needs, provision its
 * outcomes), and is read and set from either end here. Setting links answers the ids of every item
 * whose links changed, on both ends.
 */
final class LoadedPlan {

  /** The three kinds of link, each kept on its lower item. */
  enum Link {
    NEED_ASPIRATION(PlanItemKind.NEEDS, PlanItemKind.ASPIRATIONS),
    OUTCOME_NEED(PlanItemKind.OUTCOMES, PlanItemKind.NEEDS),
    PROVISION_OUTCOME(PlanItemKind.PROVISIONS, PlanItemKind.OUTCOMES);

    final PlanItemKind lower;
    final PlanItemKind upper;

    Link(PlanItemKind lower, PlanItemKind upper) {
      this.lower = lower;
      this.upper = upper;
    }
  }

  private final Map<PlanItemKind, Map<UUID, ItemRecord>> items = new EnumMap<>(PlanItemKind.class);
  private final ProvisionCosting.ProvisionCost cost;

  LoadedPlan(List<? extends ItemRecord> stored, ProvisionCosting.ProvisionCost cost) {
    this.cost = cost;
    for (PlanItemKind kind : PlanItemKind.values()) {
      items.put(kind, new LinkedHashMap<>());
    }
    stored.stream()
        .sorted(Comparator.comparing(ItemRecord::addedAt).thenComparing(ItemRecord::id))
        .forEach(this::add);
  }

  void add(ItemRecord item) {
    items.get(item.kind()).put(item.id(), item);
  }

  void remove(ItemRecord item) {
    items.get(item.kind()).remove(item.id());
  }

  Set<UUID> ids(PlanItemKind kind) {
    return items.get(kind).keySet();
  }

  Optional<ItemRecord> find(PlanItemKind kind, UUID id) {
    return Optional.ofNullable(items.get(kind).get(id));
  }

  ItemRecord get(UUID id) {
    return items.values().stream()
        .map(byId -> byId.get(id))
        .filter(item -> item != null)
        .findFirst()
        .orElseThrow();
  }

  /** The ids at the other end of the item's links of this kind, in plan order. */
  List<UUID> linked(Link link, ItemRecord item) {
    if (item.kind() == link.lower) {
      return inPlanOrder(link.upper, uppers(link, item));
    }
    return items.get(link.lower).values().stream()
        .filter(lower -> uppers(link, lower).contains(item.id()))
        .map(ItemRecord::id)
        .toList();
  }

  /**
   * Sets the item's links of this kind to exactly these ids (null: leaves them as they are).
   *
   * @return the items whose links changed, on both ends
   */
  Set<UUID> setLinks(Link link, ItemRecord item, List<UUID> ids) {
    Set<UUID> changed = new HashSet<>();
    if (ids == null) {
      return changed;
    }
    Set<UUID> wanted = new HashSet<>(ids);
    if (item.kind() == link.lower) {
      Set<UUID> current = uppers(link, item);
      Set<UUID> difference = new HashSet<>(current);
      difference.addAll(wanted);
      difference.removeIf(id -> current.contains(id) && wanted.contains(id));
      if (!difference.isEmpty()) {
        current.clear();
        current.addAll(wanted);
        changed.add(item.id());
        changed.addAll(difference);
      }
      return changed;
    }
    for (ItemRecord lower : items.get(link.lower).values()) {
      Set<UUID> uppers = uppers(link, lower);
      boolean linked = uppers.contains(item.id());
      if (linked != wanted.contains(lower.id())) {
        if (linked) {
          uppers.remove(item.id());
        } else {
          uppers.add(item.id());
        }
        changed.add(lower.id());
        changed.add(item.id());
      }
    }
    return changed;
  }

  /** Removes every link of the item, on both ends; answers the items whose links changed. */
  Set<UUID> unlinkAll(ItemRecord item) {
    Set<UUID> changed = new HashSet<>();
    for (Link link : Link.values()) {
      if (item.kind() == link.lower || item.kind() == link.upper) {
        changed.addAll(setLinks(link, item, List.of()));
      }
    }
    changed.remove(item.id());
    return changed;
  }

  /** The item as it is answered and kept in history: fields, links both ways, figures. */
  PlanItem view(ItemRecord item) {
    if (item instanceof Aspiration a) {
      return a.view(linked(Link.NEED_ASPIRATION, a));
    }
    if (item instanceof Need n) {
      return n.view(linked(Link.OUTCOME_NEED, n), linked(Link.NEED_ASPIRATION, n));
    }
    if (item instanceof Outcome o) {
      return o.view(linked(Link.OUTCOME_NEED, o), linked(Link.PROVISION_OUTCOME, o));
    }
    if (item instanceof Provision p) {
      return p.view(linked(Link.PROVISION_OUTCOME, p), cost);
    }
    return ((Strategy) item).view();
  }

  PlanContent content() {
    return new PlanContent(
        views(PlanItemKind.ASPIRATIONS, AspirationView.class),
        views(PlanItemKind.NEEDS, NeedView.class),
        views(PlanItemKind.OUTCOMES, OutcomeView.class),
        views(PlanItemKind.PROVISIONS, ProvisionView.class),
        views(PlanItemKind.STRATEGIES, StrategyView.class));
  }

  private <T extends PlanItem> List<T> views(PlanItemKind kind, Class<T> type) {
    return items.get(kind).values().stream().map(this::view).map(type::cast).toList();
  }

  private List<UUID> inPlanOrder(PlanItemKind kind, Set<UUID> ids) {
    return items.get(kind).keySet().stream().filter(ids::contains).collect(Collectors.toList());
  }

  private static Set<UUID> uppers(Link link, ItemRecord lower) {
    return switch (link) {
      case NEED_ASPIRATION -> ((Need) lower).aspirationIds();
      case OUTCOME_NEED -> ((Outcome) lower).needIds();
      case PROVISION_OUTCOME -> ((Provision) lower).outcomeIds();
    };
  }
}
