package org.goldenthread.identity;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

  /** Uses the code up, in one statement: 1 when it was the person's and unused, otherwise 0. */
  @Modifying
  @Query(
      "update RecoveryCode c set c.usedAt = ?3, c.version = c.version + 1"
          + " where c.userId = ?1 and c.codeHash = ?2 and c.usedAt is null")
  int use(UUID userId, String codeHash, Instant now);

  @Query("select count(c) from RecoveryCode c where c.userId = ?1 and c.usedAt is null")
  int countUnused(UUID userId);

  @Modifying
  @Query("delete from RecoveryCode c where c.userId = ?1")
  void deleteAllFor(UUID userId);
}
