package org.goldenthread.statutory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnnualReviewRepository extends JpaRepository<AnnualReview, UUID> {

  @Query(
      "select r from AnnualReview r left join fetch r.events where r.childId = :childId"
          + " order by r.meetingOn desc")
  List<AnnualReview> findByChildIdOrderByMeetingOnDesc(UUID childId);

  @Query(
      "select r from AnnualReview r left join fetch r.events where array_has(:childIds, r.childId)")
  List<AnnualReview> findOfChildren(UUID[] childIds);

  default List<AnnualReview> findByChildIdIn(Collection<UUID> childIds) {
    return findOfChildren(childIds.toArray(UUID[]::new));
  }

  Optional<AnnualReview> findByMeetingId(UUID meetingId);

  boolean existsByMeetingId(UUID meetingId);

  boolean existsByChildIdAndMeetingOn(UUID childId, java.time.LocalDate meetingOn);

  @Query("select distinct r.childId from AnnualReview r")
  List<UUID> childIdsWithReviews();
}
