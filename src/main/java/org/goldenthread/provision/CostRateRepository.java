package org.goldenthread.provision;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CostRateRepository extends JpaRepository<CostRate, CostRate.Key> {

  @Query("select r from CostRate r where r.key.schoolId = ?1")
  List<CostRate> findBySchool(UUID schoolId);

  /**
   * Holds the school's rates until the transaction ends (a PostgreSQL advisory lock on the school):
   * whoever sets them second waits, then reads what the first saved. Answers 1.
   */
  @Query(
      value =
          "select count(*) from (select pg_advisory_xact_lock("
              + "hashtextextended('school_cost_rate:' || cast(?1 as text), 0))) as locked",
      nativeQuery = true)
  long lockSchool(UUID schoolId);
}
