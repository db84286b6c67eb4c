package org.goldenthread.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.goldenthread.plan.OutcomeStatus;

/**
 * A review as someone enters it. {@link Reviews#record} tidies and checks it: progress (a status
 * and evidence) on every current outcome of the plan and on no other, the day it was held (not in
 * the future), a decision, and the next review after the day it was held. The views may be left
 * blank, though a review should hear both. {@code viewsAnswered}: the ids of the child's and the
 * family's views (kept by {@code voice}) that the review answered, linked rather than copied.
 */
public record ReviewInput(
    LocalDate heldOn,
    List<Progress> progress,
    String parentView,
    String childView,
    String childViewGatheredBy,
    ReviewDecision decision,
    String decisionNotes,
    LocalDate nextReviewOn,
    List<UUID> viewsAnswered) {

  public ReviewInput {
    progress = progress == null ? List.of() : List.copyOf(progress);
    // Kept as given, an unreadable id as null, for the rules to name the field.
    viewsAnswered =
        viewsAnswered == null
            ? List.of()
            : Collections.unmodifiableList(new ArrayList<>(viewsAnswered));
  }

  /** A review that links no view. */
  public ReviewInput(
      LocalDate heldOn,
      List<Progress> progress,
      String parentView,
      String childView,
      String childViewGatheredBy,
      ReviewDecision decision,
      String decisionNotes,
      LocalDate nextReviewOn) {
    this(
        heldOn,
        progress,
        parentView,
        childView,
        childViewGatheredBy,
        decision,
        decisionNotes,
        nextReviewOn,
        List.of());
  }

  /** Progress on one outcome: how far it has come, and what shows it. */
  public record Progress(UUID outcomeId, OutcomeStatus status, String evidence) {}
}
