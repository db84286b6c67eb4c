package org.goldenthread.disagreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One stage of a disagreement, as recorded: kept as it was written, never changed. */
@Entity
@Table(name = "disagreement_stage")
class DisagreementStage {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StageKind stage;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "certificate_on")
  private LocalDate certificateOn;

  private String asked;

  private String answered;

  private String outcome;

  @Column(nullable = false)
  private boolean settles;

  @Column(name = "recorded_by_id")
  private UUID recordedById;

  @Column(name = "recorded_by_name", nullable = false)
  private String recordedByName;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected DisagreementStage() {}

  DisagreementStage(StageInput input, UUID byId, String byName, Instant now) {
    this.id = UUID.randomUUID();
    this.stage = input.stage();
    this.startedOn = input.startedOn();
    this.certificateOn = input.certificateOn();
    this.asked = input.asked();
    this.answered = input.answered();
    this.outcome = input.outcome();
    this.settles = Boolean.TRUE.equals(input.settles());
    this.recordedById = byId;
    this.recordedByName = byName;
    this.recordedAt = now;
  }

  StageKind stage() {
    return stage;
  }

  LocalDate startedOn() {
    return startedOn;
  }

  Instant recordedAt() {
    return recordedAt;
  }

  DisagreementRules.StageDates dates() {
    return new DisagreementRules.StageDates(stage, startedOn, certificateOn, settles);
  }

  StageView view() {
    return new StageView(
        id,
        stage,
        startedOn,
        certificateOn,
        asked,
        answered,
        outcome,
        settles,
        recordedByName,
        recordedAt);
  }
}
