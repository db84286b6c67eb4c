package org.goldenthread.family;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InformationLimitChangeRepository extends JpaRepository<InformationLimitChange, Long> {

  List<InformationLimitChange> findByFamilyMemberIdOrderByRecordedAtDescIdDesc(UUID memberId);
}
