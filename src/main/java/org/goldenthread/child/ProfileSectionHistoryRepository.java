package org.goldenthread.child;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileSectionHistoryRepository extends JpaRepository<ProfileSectionHistory, Long> {

  List<ProfileSectionHistory> findByChildIdAndSectionOrderByWrittenAtDescIdDesc(
      UUID childId, ProfileSectionKind section);
}
