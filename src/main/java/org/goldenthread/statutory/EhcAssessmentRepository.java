package org.goldenthread.statutory;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EhcAssessmentRepository extends JpaRepository<EhcAssessment, UUID> {

  @Query(
      "select a from EhcAssessment a left join fetch a.events where a.childId = :childId"
          + " order by a.requestedOn desc, a.recordedAt desc")
  List<EhcAssessment> findByChildIdOrderByRequestedOnDescRecordedAtDesc(UUID childId);

  @Query(
      "select a from EhcAssessment a left join fetch a.events where array_has(:childIds, a.childId)")
  List<EhcAssessment> findOfChildren(UUID[] childIds);

  default List<EhcAssessment> findByChildIdIn(Collection<UUID> childIds) {
    return findOfChildren(childIds.toArray(UUID[]::new));
  }

  @EntityGraph(attributePaths = "events")
  @Query("select a from EhcAssessment a where a.status in :underWay or a.changedAt >= :since")
  List<EhcAssessment> findRecentlyActive(
      Collection<AssessmentStatus> underWay, java.time.Instant since);

  boolean existsByChildIdAndStatusIn(UUID childId, Collection<AssessmentStatus> statuses);
}
