package org.goldenthread.meeting;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreedActionRepository extends JpaRepository<AgreedAction, UUID> {

  List<AgreedAction> findByMeetingIdOrderByDueOnAscCreatedAtAsc(UUID meetingId);

  List<AgreedAction> findByChildIdOrderByDueOnAscCreatedAtAsc(UUID childId);

  List<AgreedAction> findByOwnerIdAndStatusOrderByDueOnAsc(UUID ownerId, ActionStatus status);
}
