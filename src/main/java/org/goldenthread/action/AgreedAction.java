package org.goldenthread.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** An action agreed at a meeting, as stored. */
@Entity
@Table(name = "meeting_action")
class AgreedAction {

  @Id private UUID id;

  @Column(name = "meeting_id", nullable = false)
  private UUID meetingId;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(nullable = false)
  private String description;

  @Column(name = "owner_id", nullable = false)
  private UUID ownerId;

  @Column(name = "owner_name", nullable = false)
  private String ownerName;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionStatus status;

  private String reason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Version private long version;

  protected AgreedAction() {}

  AgreedAction(
      UUID meetingId,
      UUID childId,
      String description,
      UUID ownerId,
      String ownerName,
      LocalDate dueOn,
      Instant now) {
    this.id = UUID.randomUUID();
    this.meetingId = meetingId;
    this.childId = childId;
    this.status = ActionStatus.OPEN;
    this.createdAt = now;
    change(description, ownerId, ownerName, dueOn, now);
  }

  void change(String description, UUID ownerId, String ownerName, LocalDate dueOn, Instant now) {
    this.description = description;
    this.ownerId = ownerId;
    this.ownerName = ownerName;
    this.dueOn = dueOn;
    this.changedAt = now;
  }

  void status(ActionStatus status, String reason, Instant now) {
    this.status = status;
    this.reason = status == ActionStatus.DROPPED ? reason : null;
    this.changedAt = now;
  }

  UUID id() {
    return id;
  }

  UUID meetingId() {
    return meetingId;
  }

  UUID childId() {
    return childId;
  }

  UUID ownerId() {
    return ownerId;
  }

  String ownerName() {
    return ownerName;
  }

  String description() {
    return description;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  ActionStatus status() {
    return status;
  }

  String reason() {
    return reason;
  }

  /** The day (in the clock's zone) it was marked done, or null while it is not done. */
  LocalDate doneOn(ZoneId zone) {
    return status == ActionStatus.DONE ? LocalDate.ofInstant(changedAt, zone) : null;
  }

  long version() {
    return version;
  }

  boolean overdueOn(LocalDate today) {
    return status == ActionStatus.OPEN && dueOn.isBefore(today);
  }

  ActionView view(String childName, LocalDate today) {
    return new ActionView(
        id,
        meetingId,
        childId,
        childName,
        description,
        ownerId,
        ownerName,
        dueOn,
        status,
        reason,
        overdueOn(today),
        version);
  }
}
