package org.goldenthread.statutory;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EhcAssessmentRepository extends JpaRepository<EhcAssessment, UUID> {

  @EntityGraph(attributePaths = "events")
  List<EhcAssessment> findByChildIdOrderByRequestedOnDescRecordedAtDesc(UUID childId);

  @EntityGraph(attributePaths = "events")
  List<EhcAssessment> findByChildIdIn(Collection<UUID> childIds);

  @EntityGraph(attributePaths = "events")
  @Query("select a from EhcAssessment a where a.status in :underWay or a.changedAt >= :since")
  List<EhcAssessment> findRecentlyActive(
      Collection<AssessmentStatus> underWay, java.time.Instant since);

  boolean existsByChildIdAndStatusIn(UUID childId, Collection<AssessmentStatus> statuses);
}
