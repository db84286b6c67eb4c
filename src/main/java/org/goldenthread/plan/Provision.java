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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Provision as stored, with its links to the outcomes it serves. */
@Entity
@Table(name = "plan_provision")
class Provision extends ItemRecord {

  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivered_by_role")
  private DelivererRole deliveredByRole;

  @Column(name = "delivered_by")
  private String deliveredBy;

  @Column(name = "sessions_per_week", nullable = false)
  private int sessionsPerWeek;

  @Column(name = "minutes_per_session", nullable = false)
  private int minutesPerSession;

  @Column(name = "group_size", nullable = false)
  private int groupSize;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProvisionStatus status = ProvisionStatus.ACTIVE;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "status_from")
  private LocalDate statusFrom;

  @Column(name = "status_until")
  private LocalDate statusUntil;

  @ElementCollection
  @CollectionTable(
      name = "plan_provision_outcome",
      joinColumns = @JoinColumn(name = "provision_id"))
  @Column(name = "outcome_id")
  private Set<UUID> outcomeIds = new HashSet<>();

  protected Provision() {}

  Provision(UUID childId, UUID addedBy, Instant now, long revision, ItemInput.Provision input) {
    super(childId, addedBy, now, revision);
    apply(input);
  }

  void apply(ItemInput.Provision input) {
    this.description = input.description();
    this.deliveredByRole = input.deliveredByRole();
    this.deliveredBy = input.deliveredBy();
    this.sessionsPerWeek = input.sessionsPerWeek();
    this.minutesPerSession = input.minutesPerSession();
    this.groupSize = input.groupSize() == null ? 1 : input.groupSize();
    this.startDate = input.startDate();
    this.endDate = input.endDate();
  }

  ProvisionStatus status() {
    return status;
  }

  String description() {
    return description;
  }

  /** Pauses, stops or restarts the support, as checked by {@link ProvisionStatusRules}. */
  void setStatus(ProvisionStatusChange change) {
    this.status = change.status();
    this.statusReason = change.reason();
    this.statusFrom = change.from();
    this.statusUntil = change.until();
  }

  Set<UUID> outcomeIds() {
    return outcomeIds;
  }

  /** The provision with its figures worked out, costed at the school. */
  ProvisionView view(List<UUID> orderedOutcomeIds, ProvisionCosting.ProvisionCost cost) {
    return new ProvisionView(
            id(),
            description,
            deliveredBy,
            deliveredByRole,
            sessionsPerWeek,
            minutesPerSession,
            groupSize,
            startDate,
            endDate,
            0,
            null,
            orderedOutcomeIds,
            addedAt(),
            version(),
            status,
            statusReason,
            statusFrom,
            statusUntil)
        .costedAt(cost);
  }

  @Override
  PlanItemKind kind() {
    return PlanItemKind.PROVISIONS;
  }
}
