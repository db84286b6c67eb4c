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

/** An outcome as stored, with its links to the needs it addresses. */
@Entity
@Table(name = "plan_outcome")
class Outcome extends ItemRecord {

  @Column(nullable = false)
  private String text;

  @Column(name = "success_criteria")
  private String successCriteria;

  @Column(name = "target_date")
  private LocalDate targetDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutcomeStatus status;

  @Column(name = "written_with_family", nullable = false)
  private boolean writtenWithFamily;

  @ElementCollection
  @CollectionTable(name = "plan_outcome_need", joinColumns = @JoinColumn(name = "outcome_id"))
  @Column(name = "need_id")
  private Set<UUID> needIds = new HashSet<>();

  protected Outcome() {}

  Outcome(UUID childId, UUID addedBy, Instant now, long revision, ItemInput.Outcome input) {
    super(childId, addedBy, now, revision);
    this.status = OutcomeStatus.NOT_STARTED;
    apply(input);
  }

  /** The fields sent; a status or "written with the family" not sent stays as it was. */
  void apply(ItemInput.Outcome input) {
    this.text = input.text();
    this.successCriteria = input.successCriteria();
    this.targetDate = input.targetDate();
    if (input.status() != null) {
      this.status = input.status();
    }
    if (input.writtenWithFamily() != null) {
      this.writtenWithFamily = input.writtenWithFamily();
    }
  }

  OutcomeStatus status() {
    return status;
  }

  /** The status a review found. */
  void reviewed(OutcomeStatus found) {
    this.status = found;
  }

  Set<UUID> needIds() {
    return needIds;
  }

  OutcomeView view(List<UUID> orderedNeedIds, List<UUID> provisionIds) {
    return new OutcomeView(
        id(),
        text,
        successCriteria,
        targetDate,
        status,
        writtenWithFamily,
        orderedNeedIds,
        provisionIds,
        addedAt(),
        version());
  }

  @Override
  PlanItemKind kind() {
    return PlanItemKind.OUTCOMES;
  }
}
