package org.goldenthread.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One read or change of a child's record. Inserted once; the database refuses changes. */
@Entity
@Immutable
@Table(name = "child_audit")
class ChildAuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor_id")
  private UUID actorId;

  @Column(name = "actor_name", nullable = false)
  private String actorName;

  @Column(nullable = false)
  private String role;

  @Column(nullable = false)
  private String action;

  @Column(nullable = false)
  private String what;

  protected ChildAuditEntry() {}

  ChildAuditEntry(
      UUID childId,
      Instant occurredAt,
      UUID actorId,
      String actorName,
      String role,
      String action,
      String what) {
    this.childId = childId;
    this.occurredAt = occurredAt;
    this.actorId = actorId;
    this.actorName = actorName;
    this.role = role;
    this.action = action;
    this.what = what;
  }

  public Instant getAt() {
    return occurredAt;
  }

  public UUID getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public String getRole() {
    return role;
  }

  public String getAction() {
    return action;
  }

  public String getWhat() {
    return what;
  }
}
