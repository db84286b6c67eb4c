package org.goldenthread.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanAgreementRepository extends JpaRepository<PlanAgreement, UUID> {

  /** Newest first. */
  List<PlanAgreement> findByChildIdOrderByAgreedAtDescIdAsc(UUID childId);

  Optional<PlanAgreement> findByChildIdAndPlanRevisionAndUserId(
      UUID childId, long planRevision, UUID userId);
}
