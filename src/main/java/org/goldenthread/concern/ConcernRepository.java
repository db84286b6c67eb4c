package org.goldenthread.concern;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.web.OncePerPageView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ConcernRepository extends JpaRepository<Concern, UUID> {

  /** The child's concerns, a page at a time (paged in the database). */
  @Query(
      value = "select c from Concern c where c.childId = :childId",
      countQuery = "select count(c) from Concern c where c.childId = :childId")
  Page<Concern> findOfChild(UUID childId, Pageable page);

  @Query(
      "select c from Concern c where array_has(:childIds, c.childId)"
          + " order by c.raisedOn desc, c.raisedAt desc")
  List<Concern> findOfChildren(UUID[] childIds);

  default List<Concern> findOfChildren(Collection<UUID> childIds) {
    return findOfChildren(childIds.toArray(UUID[]::new));
  }

  /** The child's concerns, newest first, read once per page view (its panel and its deadlines). */
  default List<Concern> ofChild(UUID childId) {
    return OncePerPageView.get(
        "concern.ofChild." + childId, () -> findOfChildren(List.of(childId)));
  }

  /** Every concern still awaiting a decision: for the deadline letters. */
  List<Concern> findByDecidedOnIsNull();

  /** The concern, locked until the transaction ends: of two decisions at once, the second waits. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Concern c where c.id = :id")
  Optional<Concern> findForDecision(UUID id);

  /**
   * Keeps a first-concern meeting booked for the child beside each of the child's open concerns
   * that has none: the meeting is theirs. Not a change anyone made, so the version stays.
   */
  @Modifying
  @Query(
      "update Concern c set c.meetingId = :meetingId, c.meetingStartsAt = :startsAt"
          + " where c.childId = :childId and c.decidedOn is null and c.meetingId is null")
  int linkMeeting(UUID childId, UUID meetingId, Instant startsAt);

  /** The meeting's new time, beside the open concerns it is for. */
  @Modifying
  @Query(
      "update Concern c set c.meetingStartsAt = :startsAt"
          + " where c.meetingId = :meetingId and c.decidedOn is null")
  int moveMeeting(UUID meetingId, Instant startsAt);

  /** The meeting was called off: the open concerns it was for wait for another. */
  @Modifying
  @Query(
      "update Concern c set c.meetingId = null, c.meetingStartsAt = null"
          + " where c.meetingId = :meetingId and c.decidedOn is null")
  int unlinkMeeting(UUID meetingId);
}
