package org.goldenthread.action;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgreedActionRepository extends JpaRepository<AgreedAction, UUID> {

  List<AgreedAction> findByMeetingIdOrderByDueOnAscCreatedAtAsc(UUID meetingId);

  List<AgreedAction> findByChildIdOrderByDueOnAscCreatedAtAsc(UUID childId);

  List<AgreedAction> findByOwnerIdAndStatusOrderByDueOnAsc(UUID ownerId, ActionStatus status);

  List<AgreedAction> findByStatusAndDueOnBetweenOrderByDueOnAsc(
      ActionStatus status, java.time.LocalDate from, java.time.LocalDate until);

  /**
   * The actions of these children still to do or done (not dropped): one query whatever their
   * number, the ids bound as one array.
   */
  @Query(
      value =
          "select * from meeting_action where child_id = any(:childIds) and status <> 'DROPPED'",
      nativeQuery = true)
  List<AgreedAction> findNotDroppedOfChildren(@Param("childIds") UUID[] childIds);

  /** The action, locked until the transaction ends, to be changed (see the meeting's). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from AgreedAction a where a.id = :id")
  Optional<AgreedAction> findForChange(UUID id);
}
