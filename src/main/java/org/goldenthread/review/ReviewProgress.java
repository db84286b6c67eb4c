package org.goldenthread.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.OutcomeView;

/** One progress entry of a stored review, with the outcome as it then stood. */
@Embeddable
class ReviewProgress {

  @Column(name = "outcome_id", nullable = false)
  private UUID outcomeId;

  @Column(name = "outcome_text", nullable = false)
  private String outcomeText;

  @Column(name = "success_criteria")
  private String successCriteria;

  @Column(name = "target_date")
  private LocalDate targetDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutcomeStatus status;

  @Column(nullable = false)
  private String evidence;

  protected ReviewProgress() {}

  ReviewProgress(OutcomeView outcome, OutcomeStatus status, String evidence) {
    this.outcomeId = outcome.id();
    this.outcomeText = outcome.text();
    this.successCriteria = outcome.successCriteria();
    this.targetDate = outcome.targetDate();
    this.status = status;
    this.evidence = evidence;
  }

  ProgressView view() {
    return new ProgressView(outcomeId, outcomeText, successCriteria, targetDate, status, evidence);
  }
}
