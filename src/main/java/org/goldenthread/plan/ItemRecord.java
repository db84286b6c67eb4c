package org.goldenthread.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What every stored plan item has: its child, when and by whom it was added, when it last changed
 * (its fields or its links), and its version. Each change touches it, so its version goes up once
 * per change, links included.
 */
@MappedSuperclass
abstract class ItemRecord {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(name = "added_by")
  private UUID addedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_in", nullable = false)
  private long changedIn;

  @Version private long version;

  protected ItemRecord() {}

  ItemRecord(UUID childId, UUID addedBy, Instant now, long revision) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.addedBy = addedBy;
    this.addedAt = now;
    this.changedAt = now;
    this.changedIn = revision;
  }

  UUID id() {
    return id;
  }

  UUID childId() {
    return childId;
  }

  Instant addedAt() {
    return addedAt;
  }

  long version() {
    return version;
  }

  /**
   * Marks the item changed in this revision of the plan (which is new at every change), so that its
   * version goes up once when the change is saved, even when only its links changed.
   */
  void touch(Instant now, long revision) {
    this.changedAt = now;
    this.changedIn = revision;
  }

  abstract PlanItemKind kind();
}
