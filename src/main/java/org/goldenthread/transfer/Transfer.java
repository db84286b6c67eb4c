package org.goldenthread.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.child.Relationship;

/** A child's move from one school to another, proposed, answered by the family, and completed. */
@Entity
@Table(name = "transfer")
class Transfer {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "from_school_id", nullable = false)
  private UUID fromSchoolId;

  @Column(name = "to_school_id", nullable = false)
  private UUID toSchoolId;

  @Column(name = "moves_on", nullable = false)
  private LocalDate movesOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TransferStatus status;

  @Column(name = "proposed_by_id")
  private UUID proposedById;

  @Column(name = "proposed_by_name", nullable = false)
  private String proposedByName;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_as", nullable = false)
  private Relationship proposedAs;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(name = "answered_by_id")
  private UUID answeredById;

  @Column(name = "answered_by_name")
  private String answeredByName;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "from_import", nullable = false)
  private boolean fromImport;

  @Version private long version;

  protected Transfer() {}

  Transfer(
      UUID childId,
      UUID fromSchoolId,
      UUID toSchoolId,
      LocalDate movesOn,
      UUID proposedById,
      String proposedByName,
      Relationship proposedAs,
      Instant now,
      boolean fromImport) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.fromSchoolId = fromSchoolId;
    this.toSchoolId = toSchoolId;
    this.movesOn = movesOn;
    this.status = TransferStatus.PROPOSED;
    this.proposedById = proposedById;
    this.proposedByName = proposedByName;
    this.proposedAs = proposedAs;
    this.proposedAt = now;
    this.fromImport = fromImport;
  }

  void answer(boolean agreed, UUID byId, String byName, Instant now) {
    this.status = agreed ? TransferStatus.AGREED : TransferStatus.DECLINED;
    this.answeredById = byId;
    this.answeredByName = byName;
    this.answeredAt = now;
  }

  void cancel() {
    this.status = TransferStatus.CANCELLED;
  }

  void complete(Instant now) {
    this.status = TransferStatus.COMPLETED;
    this.completedAt = now;
  }

  UUID id() {
    return id;
  }

  UUID childId() {
    return childId;
  }

  UUID fromSchoolId() {
    return fromSchoolId;
  }

  UUID toSchoolId() {
    return toSchoolId;
  }

  LocalDate movesOn() {
    return movesOn;
  }

  TransferStatus status() {
    return status;
  }

  UUID proposedById() {
    return proposedById;
  }

  String proposedByName() {
    return proposedByName;
  }

  Relationship proposedAs() {
    return proposedAs;
  }

  UUID answeredById() {
    return answeredById;
  }

  String answeredByName() {
    return answeredByName;
  }

  Instant completedAt() {
    return completedAt;
  }

  boolean fromImport() {
    return fromImport;
  }

  long version() {
    return version;
  }
}
