package org.goldenthread.meeting;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AgreedActionRepository extends JpaRepository<AgreedAction, UUID> {

  List<AgreedAction> findByMeetingIdOrderByDueOnAscCreatedAtAsc(UUID meetingId);

  List<AgreedAction> findByChildIdOrderByDueOnAscCreatedAtAsc(UUID childId);

  List<AgreedAction> findByOwnerIdAndStatusOrderByDueOnAsc(UUID ownerId, ActionStatus status);

  /** The action, locked until the transaction ends, to be changed (see the meeting's). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from AgreedAction a where a.id = :id")
  Optional<AgreedAction> findForChange(UUID id);
}
