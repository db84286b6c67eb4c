package org.goldenthread.disagreement;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.web.OncePerPageView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DisagreementRepository extends JpaRepository<Disagreement, UUID> {

  /**
   * The child's disagreements the person may see (none about them), newest first, a page at a time
   * (paged in the database; the stages of a page come in one more statement).
   */
  @Query(
      value =
          "select d from Disagreement d where d.childId = :childId"
              + " and (d.aboutStaffId is null or d.aboutStaffId <> :userId)",
      countQuery =
          "select count(d) from Disagreement d where d.childId = :childId"
              + " and (d.aboutStaffId is null or d.aboutStaffId <> :userId)")
  Page<Disagreement> findOfChild(UUID childId, UUID userId, Pageable page);

  /** The disagreements of these children with their stages, in one statement. */
  @Query(
      "select distinct d from Disagreement d left join fetch d.stages"
          + " where array_has(:childIds, d.childId) order by d.recordedAt desc")
  List<Disagreement> findWithStages(UUID[] childIds);

  default List<Disagreement> findWithStages(Collection<UUID> childIds) {
    return findWithStages(childIds.toArray(UUID[]::new));
  }

  /** The child's disagreements with their stages, read once per page view (panel and deadlines). */
  default List<Disagreement> ofChild(UUID childId) {
    return OncePerPageView.get(
        "disagreement.ofChild." + childId, () -> findWithStages(List.of(childId)));
  }

  /** Every decision of an authority with a letter, with its stages: for the deadline notices. */
  @Query(
      "select distinct d from Disagreement d left join fetch d.stages"
          + " where d.decisionLetterOn is not null")
  List<Disagreement> findDecisionsWithStages();

  /** The disagreement, locked until the transaction ends: of two stages at once, one waits. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from Disagreement d where d.id = :id")
  Optional<Disagreement> findForChange(UUID id);
}
