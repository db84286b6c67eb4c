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

/** One step of an annual review, as recorded. Never changed once recorded. */
@Entity
@Table(name = "annual_review_event")
class ReviewEvent {

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "review_id")
  private AnnualReview review;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReviewStepKind kind;

  @Column(name = "happened_on", nullable = false)
  private LocalDate happenedOn;

  /** Null when the step was recorded by the review's meeting (booked, or closed). */
  @Column(name = "recorded_by_id")
  private UUID recordedById;

  @Column(name = "recorded_by_name", nullable = false)
  private String recordedByName;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ReviewEvent() {}

  ReviewEvent(AnnualReview review, int position, ReviewStep step, UUID recordedById) {
    this.id = step.id();
    this.review = review;
    this.position = position;
    this.kind = step.kind();
    this.happenedOn = step.on();
    this.recordedById = recordedById;
    this.recordedByName = step.recordedBy();
    this.recordedAt = step.recordedAt();
  }

  ReviewStep step() {
    return new ReviewStep(id, kind, happenedOn, recordedByName, recordedAt);
  }
}
