package org.goldenthread.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.Happened;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One read or change of a child's record. Inserted once; the database refuses changes. What
 * happened is kept twice: in English ({@code what}, as the API gives it) and as a message key with
 * its arguments, for the page to say it in the reader's language (lines from before V52 have only
 * the English).
 */
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

  @Column(name = "what_key")
  private String whatKey;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "what_args")
  private String[] whatArgs;

  protected ChildAuditEntry() {}

  /**
   * @param happened what happened, or null for a line that has only its English
   * @param what what happened, in English
   */
  ChildAuditEntry(
      UUID childId,
      Instant occurredAt,
      UUID actorId,
      String actorName,
      String role,
      String action,
      Happened happened,
      String what) {
    this.childId = childId;
    this.occurredAt = occurredAt;
    this.actorId = actorId;
    this.actorName = actorName;
    this.role = role;
    this.action = action;
    this.what = what;
    if (happened != null) {
      this.whatKey = happened.key();
      this.whatArgs = StoredArguments.stored(happened.arguments());
    }
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

  /** What happened, in English. */
  public String getWhat() {
    return what;
  }

  /** What happened, to be said in the reader's language; empty for a line from before V52. */
  Optional<Happened> happened() {
    return Optional.ofNullable(whatKey)
        .map(key -> new Happened(key, StoredArguments.read(whatArgs)));
  }
}
