package org.goldenthread.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, UUID> {

  /** Newest first: by the day held, then by when recorded. */
  List<Review> findByChildIdOrderByHeldOnDescRecordedAtDescIdAsc(UUID childId);

  Optional<Review> findByIdAndChildId(UUID id, UUID childId);

  boolean existsByChildIdAndHeldOnAfter(UUID childId, LocalDate heldOn);
}
