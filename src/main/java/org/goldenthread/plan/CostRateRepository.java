package org.goldenthread.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CostRateRepository extends JpaRepository<CostRate, CostRate.Key> {

  @Query("select r from CostRate r where r.key.schoolId = ?1")
  List<CostRate> findBySchool(UUID schoolId);
}
