package org.goldenthread.child;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamMemberRepository extends JpaRepository<TeamMember, UUID> {

  List<TeamMember> findByChildIdOrderByLeadDescNameAsc(UUID childId);

  List<TeamMember> findByUserId(UUID userId);
}
