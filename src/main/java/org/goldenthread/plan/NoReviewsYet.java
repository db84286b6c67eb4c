package org.goldenthread.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reviews are not recorded yet: no plan has had one. Replaced when reviews are built. */
@Component
class NoReviewsYet implements ReviewedOutcomes {

  @Override
  public Optional<LastReview> lastReview(UUID childId, LocalDate onOrBefore) {
    return Optional.empty();
  }
}
