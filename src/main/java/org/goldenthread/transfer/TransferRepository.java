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

  /**
   * The agreed moves into these schools, soonest first. The statuses of this and the next are
   * written into the statements, not bound, so that their one plan reads the partial indexes.
   */
  @Query(
      "select t from Transfer t where array_has(:schools, t.toSchoolId)"
          + " and t.status = org.goldenthread.transfer.TransferStatus.AGREED order by t.movesOn")
  List<Transfer> findAgreedInto(UUID[] schools);

  default List<Transfer> agreedInto(Collection<UUID> schools) {
    return findAgreedInto(schools.toArray(UUID[]::new));
  }

  /** The latest hundred completed moves out of these schools, latest first. */
  @Query(
      "select t from Transfer t where array_has(:schools, t.fromSchoolId)"
          + " and t.status = org.goldenthread.transfer.TransferStatus.COMPLETED"
          + " order by t.completedAt desc limit 100")
  List<Transfer> findLatestCompletedOutOf(UUID[] schools);

  default List<Transfer> latestCompletedOutOf(Collection<UUID> schools) {
    return findLatestCompletedOutOf(schools.toArray(UUID[]::new));
  }
}
