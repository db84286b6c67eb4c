package org.goldenthread.meeting;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.web.OncePerTransaction;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

  List<Meeting> findByChildIdOrderByStartsAtDesc(UUID childId);

  /**
   * The child's meetings, newest first, read once in a read-only transaction however many parts of
   * the page ask (the deadline, the panel and the rhythm of meetings on the child's page).
   */
  default List<Meeting> ofChild(UUID childId) {
    return OncePerTransaction.ofKey(
        "meeting.ofChild", childId, this::findByChildIdOrderByStartsAtDesc);
  }

  /** The child's meetings not in this status, newest first, at most {@code limit}. */
  List<Meeting> findByChildIdAndStatusNotOrderByStartsAtDesc(
      UUID childId, MeetingStatus status, Limit limit);

  @Query("select m from Meeting m where array_has(:childIds, m.childId)")
  List<Meeting> findOfChildren(UUID[] childIds);

  default List<Meeting> findByChildIdIn(Collection<UUID> childIds) {
    return findOfChildren(childIds.toArray(UUID[]::new));
  }

  @Query(
      "select distinct m from Meeting m join m.invitees i where i.userId = :userId"
          + " and m.status in ('DRAFT', 'BOOKED') order by m.startsAt")
  List<Meeting> findOpenInviting(UUID userId);

  /**
   * The meeting, locked until the transaction ends, to be changed: whoever comes second waits, then
   * reads what the first saved (so a lost race is seen as a stale version, never a lost update).
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select m from Meeting m where m.id = :id")
  Optional<Meeting> findForChange(UUID id);

  /**
   * The child's meetings not yet held (a draft, or booked and not started) that invite the person.
   */
  @Query(
      "select distinct m.id from Meeting m join m.invitees i where m.childId = :childId"
          + " and i.userId = :userId and m.status in ('DRAFT', 'BOOKED') and m.startsAt > :now")
  List<UUID> findNotYetHeldInviting(UUID childId, UUID userId, Instant now);

  /**
   * For each of these children with any, when the last meeting held with a parent invited began:
   * booked or closed, and started by {@code now}. One query, grouped in the database.
   */
  @Query(
      "select m.childId, max(m.startsAt) from Meeting m join m.invitees i"
          + " where array_has(:childIds, m.childId) and i.parent = true"
          + " and m.status in (org.goldenthread.meeting.MeetingStatus.BOOKED,"
          + " org.goldenthread.meeting.MeetingStatus.CLOSED)"
          + " and m.startsAt <= :now group by m.childId")
  List<Object[]> lastHeldWithParents(UUID[] childIds, Instant now);

  default List<Object[]> lastHeldWithParents(Collection<UUID> childIds, Instant now) {
    return lastHeldWithParents(childIds.toArray(UUID[]::new), now);
  }

  /** When each of these meetings begins, those not cancelled: one query, no meeting read whole. */
  @Query(
      "select m.id, m.startsAt from Meeting m where array_has(:ids, m.id)"
          + " and m.status <> org.goldenthread.meeting.MeetingStatus.CANCELLED")
  List<Object[]> startsOfNotCancelled(UUID[] ids);

  /** The booked meetings that start from {@code from} until before {@code to}, soonest first. */
  @Query(
      "select m from Meeting m where m.status = org.goldenthread.meeting.MeetingStatus.BOOKED"
          + " and m.startsAt >= :from and m.startsAt < :to order by m.startsAt")
  List<Meeting> findBookedStartingBetween(Instant from, Instant to);
}
