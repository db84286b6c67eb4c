package org.goldenthread.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A need as stored, with its links to the aspirations it stands in the way of. */
@Entity
@Table(name = "plan_need")
class Need extends ItemRecord {

  @Column(nullable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AreaOfNeed area;

  @ElementCollection
  @CollectionTable(name = "plan_need_aspiration", joinColumns = @JoinColumn(name = "need_id"))
  @Column(name = "aspiration_id")
  private Set<UUID> aspirationIds = new HashSet<>();

  protected Need() {}

  Need(UUID childId, UUID addedBy, Instant now, long revision, ItemInput.Need input) {
    super(childId, addedBy, now, revision);
    apply(input);
  }

  void apply(ItemInput.Need input) {
    this.text = input.text();
    this.area = input.area();
  }

  /** The aspirations it is linked to: changed through {@link LoadedPlan}. */
  Set<UUID> aspirationIds() {
    return aspirationIds;
  }

  NeedView view(List<UUID> outcomeIds, List<UUID> orderedAspirationIds) {
    return new NeedView(id(), text, area, orderedAspirationIds, outcomeIds, addedAt(), version());
  }

  @Override
  PlanItemKind kind() {
    return PlanItemKind.NEEDS;
  }
}
