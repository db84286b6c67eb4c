package org.goldenthread.worker;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SupportRequestRepository extends JpaRepository<SupportRequest, UUID> {

  /** The child's requests, open ones first, then newest first (paged in the database). */
  @Query(
      value =
          "select r from SupportRequest r where r.childId = :childId"
              + " order by case when r.status = org.goldenthread.worker.SupportStatus.OPEN"
              + " then 0 else 1 end, r.askedAt desc",
      countQuery = "select count(r) from SupportRequest r where r.childId = :childId")
  Page<SupportRequest> findOfChild(UUID childId, Pageable page);

  /** The child's open requests, oldest first: the child page's panel, in one statement. */
  @Query(
      "select r from SupportRequest r where r.childId = :childId"
          + " and r.status = org.goldenthread.worker.SupportStatus.OPEN order by r.askedAt")
  List<SupportRequest> findOpenOfChild(UUID childId);

  boolean existsByChildId(UUID childId);

  /**
   * The open requests of the children of these schools, oldest first, with each child's name: the
   * SENCO's home, in one statement.
   */
  @Query(
      value =
          "select r.id as id, r.child_id as childId, r.kind as kind, r.subject as subject,"
              + " r.asked_by_name as askedByName, r.asked_at as askedAt, r.replies as replies,"
              + " trim(coalesce(nullif(c.preferred_name, ''), c.given_name) || ' ' ||"
              + " c.family_name) as childName"
              + " from support_request r join child c on c.id = r.child_id"
              + " where r.status = 'OPEN' and c.school_id in (:schoolIds)"
              + " order by r.asked_at limit :most",
      nativeQuery = true)
  List<OpenAtSchool> findOpenAtSchools(Collection<UUID> schoolIds, int most);

  /** The request, locked until the transaction ends: of two changes at once, the second waits. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from SupportRequest r where r.id = :id")
  Optional<SupportRequest> findForChange(UUID id);

  /** An open request at a school, as the SENCO's home lists it. */
  interface OpenAtSchool {
    UUID getId();

    UUID getChildId();

    String getKind();

    String getSubject();

    String getAskedByName();

    Instant getAskedAt();

    int getReplies();

    String getChildName();
  }
}
