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

/** One line of the audit log. Inserted once; the database refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor_id")
  private UUID actorId;

  @Column(name = "actor_name")
  private String actorName;

  @Column(nullable = false)
  private String action;

  @Column(nullable = false)
  private String what;

  private String address;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      UUID actorId,
      String actorName,
      String action,
      String what,
      String address) {
    this.occurredAt = occurredAt;
    this.actorId = actorId;
    this.actorName = actorName;
    this.action = action;
    this.what = what;
    this.address = address;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public UUID getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public String getAction() {
    return action;
  }

  public String getWhat() {
    return what;
  }

  public String getAddress() {
    return address;
  }
}
