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

  private static final List<Class<? extends ItemRecord>> KINDS =
      List.of(Aspiration.class, Need.class, Outcome.class, Provision.class, Strategy.class);

  private final EntityManager entities;

  PlanStore(EntityManager entities) {
    this.entities = entities;
  }

  /** Every item of the child's plan, with its links. */
  LoadedPlan load(UUID childId, CostRateTable rates) {
    List<ItemRecord> items = new ArrayList<>();
    for (Class<? extends ItemRecord> kind : KINDS) {
      items.addAll(
          entities
              .createQuery(
                  "select i from " + kind.getSimpleName() + " i where i.childId = :child", kind)
              .setParameter("child", childId)
              .getResultList());
    }
    return new LoadedPlan(items, rates);
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
