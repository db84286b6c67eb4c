package org.goldenthread.meeting;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContributionRepository extends JpaRepository<Contribution, UUID> {

  List<Contribution> findByMeetingIdOrderByAddedAtAscIdAsc(UUID meetingId);
}
