package org.goldenthread.child;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileSectionRepository extends JpaRepository<ProfileSection, ProfileSection.Key> {

  List<ProfileSection> findByKeyChildId(UUID childId);
}
