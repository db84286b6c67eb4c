package org.goldenthread.action;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.web.OncePerTransaction;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AgreedActionRepository extends JpaRepository<AgreedAction, UUID> {

  List<AgreedAction> findByMeetingIdOrderByDueOnAscCreatedAtAsc(UUID meetingId);

  /**
   * The open actions this person owns, by due date. The status is written into the statement, not
   * bound, so that its one plan reads the index of open actions by owner.
   */
  @Query(
      "select a from AgreedAction a where a.ownerId = :ownerId"
          + " and a.status = org.goldenthread.action.ActionStatus.OPEN order by a.dueOn")
  List<AgreedAction> findOpenOwnedBy(UUID ownerId);

  /** The open actions due from {@code from} to {@code until}, both included, by due date. */
  @Query(
      "select a from AgreedAction a where a.status = org.goldenthread.action.ActionStatus.OPEN"
          + " and a.dueOn between :from and :until order by a.dueOn")
  List<AgreedAction> findOpenDueBetween(LocalDate from, LocalDate until);

  /** The actions of these children by due date: one query whatever their number. */
  @Query(
      "select a from AgreedAction a where array_has(:childIds, a.childId)"
          + " order by a.dueOn, a.createdAt")
  List<AgreedAction> findOfChildren(UUID[] childIds);

  /**
   * The actions of these children by child, each by due date, each child's read once in a read-only
   * transaction however many parts of the page ask (the actions on the child's page and their
   * deadlines).
   */
  default Map<UUID, List<AgreedAction>> ofChildren(Collection<UUID> childIds) {
    return OncePerTransaction.byKey(
        "action.ofChildren",
        childIds,
        missing ->
            findOfChildren(missing.toArray(UUID[]::new)).stream()
                .collect(Collectors.groupingBy(AgreedAction::childId)));
  }

  /** The action, locked until the transaction ends, to be changed (see the meeting's). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from AgreedAction a where a.id = :id")
  Optional<AgreedAction> findForChange(UUID id);
}
