package org.goldenthread.meeting;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

  List<Meeting> findByChildIdOrderByStartsAtDesc(UUID childId);

  List<Meeting> findByChildIdIn(Collection<UUID> childIds);

  @Query(
      "select distinct m from Meeting m join m.invitees i where i.userId = :userId"
          + " and m.status in ('DRAFT', 'BOOKED') order by m.startsAt")
  List<Meeting> findOpenInviting(UUID userId);
}
