package org.goldenthread.family;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyMemberRepository extends JpaRepository<FamilyMember, UUID> {

  List<FamilyMember> findByChildIdOrderByName(UUID childId);

  List<FamilyMember> findByUserId(UUID userId);

  List<FamilyMember> findByChildIdIn(Collection<UUID> childIds);
}
