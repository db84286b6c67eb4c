package org.goldenthread.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The port through which the plan learns about its reviews: the last review of a child's plan and
 * the outcomes it recorded progress on. The {@link BreakKind#OUTCOME_NOT_REVIEWED} rule reads it.
 * Until graduated-approach reviews are built, {@link NoReviewsYet} answers that there has been
 * none.
 */
public interface ReviewedOutcomes {

  /** The last review of the child's plan held on or before the day; empty when there is none. */
  Optional<LastReview> lastReview(UUID childId, LocalDate onOrBefore);

  /** A review: the day it was held and the outcomes with a progress entry in it. */
  record LastReview(LocalDate heldOn, Set<UUID> outcomeIds) {

    public LastReview {
      outcomeIds = Set.copyOf(outcomeIds);
    }
  }
}
