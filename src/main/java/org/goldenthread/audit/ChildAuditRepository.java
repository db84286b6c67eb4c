package org.goldenthread.audit;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChildAuditRepository extends JpaRepository<ChildAuditEntry, Long> {

  Page<ChildAuditEntry> findByChildIdOrderByOccurredAtDescIdDesc(UUID childId, Pageable page);
}
