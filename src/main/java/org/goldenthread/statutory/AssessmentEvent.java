package org.goldenthread.statutory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.deadline.AllowedException;

/** One milestone of an assessment, as recorded. Never changed once recorded. */
@Entity
@Table(name = "ehc_assessment_event")
class AssessmentEvent {

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id")
  private EhcAssessment assessment;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MilestoneKind kind;

  @Column(name = "happened_on", nullable = false)
  private LocalDate happenedOn;

  private Boolean assess;

  private String adviser;

  @Column(name = "advice_id")
  private UUID adviceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "exception_reason")
  private AllowedException.Reason exceptionReason;

  private String note;

  @Column(name = "recorded_by_id", nullable = false)
  private UUID recordedById;

  @Column(name = "recorded_by_name", nullable = false)
  private String recordedByName;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected AssessmentEvent() {}

  AssessmentEvent(EhcAssessment assessment, int position, Milestone step, UUID recordedById) {
    this.id = step.id();
    this.assessment = assessment;
    this.position = position;
    this.kind = step.kind();
    this.happenedOn = step.on();
    this.assess = step.assess();
    this.adviser = step.adviser();
    this.adviceId = step.adviceId();
    this.exceptionReason = step.reason();
    this.note = step.note();
    this.recordedById = recordedById;
    this.recordedByName = step.recordedBy();
    this.recordedAt = step.recordedAt();
  }

  Milestone milestone() {
    return new Milestone(
        id,
        kind,
        happenedOn,
        assess,
        adviser,
        adviceId,
        exceptionReason,
        note,
        recordedByName,
        recordedAt);
  }
}
