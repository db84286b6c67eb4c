package org.goldenthread.transfer;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TransferRepository extends JpaRepository<Transfer, UUID> {

  List<Transfer> findByChildIdOrderByProposedAtDesc(UUID childId);

  /** The transfer, its row locked until the transaction ends: the claim of whoever completes it. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select t from Transfer t where t.id = :id")
  Optional<Transfer> lockById(UUID id);

  @Query(
      "select t.id from Transfer t where t.status = org.goldenthread.transfer.TransferStatus.AGREED"
          + " and t.movesOn <= :today order by t.movesOn")
  List<UUID> dueOn(LocalDate today);

  @Query(
      "select t from Transfer t where array_has(:schools, t.toSchoolId) and t.status = :status"
          + " order by t.movesOn")
  List<Transfer> findToSchools(UUID[] schools, TransferStatus status);

  default List<Transfer> toSchools(Collection<UUID> schools, TransferStatus status) {
    return findToSchools(schools.toArray(UUID[]::new), status);
  }

  @Query(
      "select t from Transfer t where array_has(:schools, t.fromSchoolId) and t.status = :status"
          + " order by t.completedAt desc limit 100")
  List<Transfer> findLatestFromSchools(UUID[] schools, TransferStatus status);

  default List<Transfer> latestFromSchools(Collection<UUID> schools, TransferStatus status) {
    return findLatestFromSchools(schools.toArray(UUID[]::new), status);
  }
}
