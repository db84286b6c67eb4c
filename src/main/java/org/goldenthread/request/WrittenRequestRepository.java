package org.goldenthread.request;

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

interface WrittenRequestRepository extends JpaRepository<WrittenRequest, UUID> {

  /** The child's requests, newest first, a page at a time (paged in the database). */
  @Query(
      value = "select r from WrittenRequest r where r.childId = :childId",
      countQuery = "select count(r) from WrittenRequest r where r.childId = :childId")
  Page<WrittenRequest> findOfChild(UUID childId, Pageable page);

  boolean existsByChildId(UUID childId);

  @Query(
      "select r from WrittenRequest r where array_has(:childIds, r.childId) order by r.madeOn desc")
  List<WrittenRequest> findOfChildren(UUID[] childIds);

  default List<WrittenRequest> findByChildIdInOrderByMadeOnDesc(Collection<UUID> childIds) {
    return findOfChildren(childIds.toArray(UUID[]::new));
  }

  /** The child's requests, newest first, read once per page view (its panel and its deadlines). */
  default List<WrittenRequest> ofChild(UUID childId) {
    return OncePerPageView.get(
        "request.ofChild." + childId, () -> findByChildIdInOrderByMadeOnDesc(List.of(childId)));
  }

  /**
   * Requests still awaiting an answer: those sent to one of the schools, those sent to the
   * authority of one of the area's schools, and those the person made; read at once for the
   * person's home.
   */
  @Query(
      "select r from WrittenRequest r where r.answeredOn is null and ("
          + "(r.addressedTo = org.goldenthread.request.RequestTo.SCHOOL"
          + " and array_has(:schools, r.schoolId))"
          + " or (r.addressedTo = org.goldenthread.request.RequestTo.LOCAL_AUTHORITY"
          + " and array_has(:areaSchools, r.schoolId))"
          + " or r.madeById = :userId) order by r.dueOn, r.madeAt")
  List<WrittenRequest> findOpenToOrMadeBy(UUID[] schools, UUID[] areaSchools, UUID userId);

  /** Every request still awaiting an answer: for the deadline letters. */
  List<WrittenRequest> findByAnsweredOnIsNull();

  /** The request, locked until the transaction ends: of two answers at once, the second waits. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from WrittenRequest r where r.id = :id")
  Optional<WrittenRequest> findForAnswer(UUID id);
}
