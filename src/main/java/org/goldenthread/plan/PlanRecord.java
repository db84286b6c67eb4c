package org.goldenthread.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A child's plan as a whole: its revision, which counts the changes made to its items and links
 * (the plan's {@code version} in the API). The row is locked while a change is made, so that the
 * changes to one plan, their versions and their history happen one at a time.
 */
@Entity
@Table(name = "plan")
class PlanRecord {

  @Id
  @Column(name = "child_id")
  private UUID childId;

  @Column(nullable = false)
  private long revision;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected PlanRecord() {}

  long revision() {
    return revision;
  }

  /** Starts the next revision, and answers its number. */
  long next(Instant now) {
    revision++;
    changedAt = now;
    return revision;
  }
}
