package org.goldenthread.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.plan.OutcomeStatus;

/**
 * A review as someone enters it. {@link Reviews#record} tidies and checks it: progress (a status
 * and evidence) on every current outcome of the plan and on no other, the day it was held (not in
 * the future), a decision, and the next review after the day it was held. The views may be left
 * blank, though a review should hear both.
 */
public record ReviewInput(
    LocalDate heldOn,
    List<Progress> progress,
    String parentView,
    String childView,
    String childViewGatheredBy,
    ReviewDecision decision,
    String decisionNotes,
    LocalDate nextReviewOn) {

  public ReviewInput {
    progress = progress == null ? List.of() : List.copyOf(progress);
  }

  /** Progress on one outcome: how far it has come, and what shows it. */
  public record Progress(UUID outcomeId, OutcomeStatus status, String evidence) {}
}
