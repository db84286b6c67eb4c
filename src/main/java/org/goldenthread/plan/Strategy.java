package org.goldenthread.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A strategy as stored. */
@Entity
@Table(name = "plan_strategy")
class Strategy extends ItemRecord {

  @Column(nullable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "used_at", nullable = false)
  private UsedAt usedAt;

  protected Strategy() {}

  Strategy(UUID childId, UUID addedBy, Instant now, long revision, ItemInput.Strategy input) {
    super(childId, addedBy, now, revision);
    apply(input);
  }

  void apply(ItemInput.Strategy input) {
    this.text = input.text();
    this.usedAt = input.usedAt();
  }

  StrategyView view() {
    return new StrategyView(id(), text, usedAt, addedAt(), version());
  }

  @Override
  PlanItemKind kind() {
    return PlanItemKind.STRATEGIES;
  }
}
