package org.goldenthread.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The port through which the plan learns about its reviews: the last review of a child's plan and
 * the outcomes it recorded progress on. The {@link BreakKind#OUTCOME_NOT_REVIEWED} rule reads it;
 * {@link StoredReviews} answers it from the recorded reviews.
 */
public interface ReviewedOutcomes {

  /**
   * The last review of the child's plan as it was known at the end of the day: held on or before
   * the day, and recorded by the end of it (in England). Empty when there is none.
   */
  Optional<LastReview> lastReview(UUID childId, LocalDate onOrBefore);

  /**
   * A review: the day it was held, when it was recorded, and the outcomes with a progress entry in
   * it.
   */
  record LastReview(LocalDate heldOn, Instant recordedAt, Set<UUID> outcomeIds) {

    public LastReview {
      outcomeIds = Set.copyOf(outcomeIds);
    }
  }
}
