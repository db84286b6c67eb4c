package org.goldenthread.plan;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Making and changing stored items from what was entered, and the links an entry asks for. */
final class Items {

  private Items() {}

  static ItemRecord create(UUID childId, UUID by, Instant now, long revision, ItemInput input) {
    if (input instanceof ItemInput.Aspiration a) {
      return new Aspiration(childId, by, now, revision, a);
    }
    if (input instanceof ItemInput.Need n) {
      return new Need(childId, by, now, revision, n);
    }
    if (input instanceof ItemInput.Outcome o) {
      return new Outcome(childId, by, now, revision, o);
    }
    if (input instanceof ItemInput.Provision p) {
      return new Provision(childId, by, now, revision, p);
    }
    return new Strategy(childId, by, now, revision, (ItemInput.Strategy) input);
  }

  static void apply(ItemRecord item, ItemInput input) {
    if (item instanceof Aspiration a) {
      a.apply((ItemInput.Aspiration) input);
    } else if (item instanceof Need n) {
      n.apply((ItemInput.Need) input);
    } else if (item instanceof Outcome o) {
      o.apply((ItemInput.Outcome) input);
    } else if (item instanceof Provision p) {
      p.apply((ItemInput.Provision) input);
    } else {
      ((Strategy) item).apply((ItemInput.Strategy) input);
    }
  }

  /** The links the entry sets, by kind of link; a list left null is not in the map. */
  static Map<LoadedPlan.Link, List<UUID>> links(ItemInput input) {
    Map<LoadedPlan.Link, List<UUID>> links = new EnumMap<>(LoadedPlan.Link.class);
    if (input instanceof ItemInput.Aspiration a) {
      put(links, LoadedPlan.Link.NEED_ASPIRATION, a.needIds());
    } else if (input instanceof ItemInput.Need n) {
      put(links, LoadedPlan.Link.NEED_ASPIRATION, n.aspirationIds());
      put(links, LoadedPlan.Link.OUTCOME_NEED, n.outcomeIds());
    } else if (input instanceof ItemInput.Outcome o) {
      put(links, LoadedPlan.Link.OUTCOME_NEED, o.needIds());
      put(links, LoadedPlan.Link.PROVISION_OUTCOME, o.provisionIds());
    } else if (input instanceof ItemInput.Provision p) {
      put(links, LoadedPlan.Link.PROVISION_OUTCOME, p.outcomeIds());
    }
    return links;
  }

  /** The item's words cut to a length for a log line or a message, with an ellipsis if cut. */
  static String shortened(String words, int length) {
    if (words == null || words.length() <= length) {
      return words;
    }
    return words.substring(0, length - 1).strip() + "…";
  }

  private static void put(
      Map<LoadedPlan.Link, List<UUID>> links, LoadedPlan.Link link, List<UUID> ids) {
    if (ids != null) {
      links.put(link, ids);
    }
  }
}
