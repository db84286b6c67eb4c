package org.goldenthread.statutory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnnualReviewRepository extends JpaRepository<AnnualReview, UUID> {

  @EntityGraph(attributePaths = "events")
  List<AnnualReview> findByChildIdOrderByMeetingOnDesc(UUID childId);

  @EntityGraph(attributePaths = "events")
  List<AnnualReview> findByChildIdIn(Collection<UUID> childIds);

  Optional<AnnualReview> findByMeetingId(UUID meetingId);

  boolean existsByMeetingId(UUID meetingId);

  boolean existsByChildIdAndMeetingOn(UUID childId, java.time.LocalDate meetingOn);

  @Query("select distinct r.childId from AnnualReview r")
  List<UUID> childIdsWithReviews();
}
