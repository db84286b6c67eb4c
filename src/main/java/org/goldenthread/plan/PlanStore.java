package org.goldenthread.plan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/** Where a plan's items are kept: loads a plan whole, and locks it for a change. */
@Repository
class PlanStore {

  /**
   * Each kind of item, fetched with the links it keeps (the ids at their upper end), so that a plan
   * loads in one query a kind, however many items it has.
   */
  private static final List<String> QUERIES =
      List.of(
          "select i from Aspiration i where i.childId = :child",
          "select i from Need i left join fetch i.aspirationIds where i.childId = :child",
          "select i from Outcome i left join fetch i.needIds where i.childId = :child",
          "select i from Provision i left join fetch i.outcomeIds where i.childId = :child",
          "select i from Strategy i where i.childId = :child");

  private final EntityManager entities;

  PlanStore(EntityManager entities) {
    this.entities = entities;
  }

  /** Every item of the child's plan, with its links. */
  LoadedPlan load(UUID childId, ProvisionCosting.ProvisionCost cost) {
    List<ItemRecord> items = new ArrayList<>();
    for (String query : QUERIES) {
      items.addAll(
          entities
              .createQuery(query, ItemRecord.class)
              .setParameter("child", childId)
              .getResultList());
    }
    return new LoadedPlan(items, cost);
  }

  /**
   * The child's plan, locked until the transaction ends, so that changes to one plan happen one at
   * a time; made the first time it is changed.
   */
  PlanRecord lock(UUID childId, Instant now) {
    entities
        .createNativeQuery(
            "insert into plan (child_id, revision, changed_at) values (?1, 0, ?2)"
                + " on conflict (child_id) do nothing")
        .setParameter(1, childId)
        .setParameter(2, now)
        .executeUpdate();
    return entities.find(PlanRecord.class, childId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Whether the child's plan has been made (by its first change, or when SEN support started). */
  boolean exists(UUID childId) {
    return entities.find(PlanRecord.class, childId) != null;
  }

  /** The plan's revision now: 0 before its first change. */
  long revision(UUID childId) {
    PlanRecord plan = entities.find(PlanRecord.class, childId);
    return plan == null ? 0 : plan.revision();
  }

  void add(ItemRecord item) {
    entities.persist(item);
  }

  void remove(ItemRecord item) {
    entities.remove(item);
  }

  void flush() {
    entities.flush();
  }
}
