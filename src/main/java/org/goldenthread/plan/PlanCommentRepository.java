package org.goldenthread.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanCommentRepository extends JpaRepository<PlanComment, UUID> {

  List<PlanComment> findByChildIdOrderByWrittenAtAscIdAsc(UUID childId);
}
