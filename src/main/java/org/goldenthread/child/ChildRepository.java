package org.goldenthread.child;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChildRepository extends JpaRepository<Child, UUID> {

  Optional<Child> findByUpn(String upn);

  List<Child> findBySchoolIdIn(Collection<UUID> schoolIds);

  List<Child> findByUserId(UUID userId);
}
