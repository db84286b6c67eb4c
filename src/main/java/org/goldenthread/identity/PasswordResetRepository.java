package org.goldenthread.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetRepository extends JpaRepository<PasswordReset, UUID> {

  Optional<PasswordReset> findByTokenHash(String tokenHash);

  @Query("select count(r) from PasswordReset r where r.userId = ?1 and r.createdAt > ?2")
  long countForUserSince(UUID userId, Instant since);

  /**
   * Uses a link, if it is still open: one statement, so that of two parallel uses exactly one gets
   * 1 and the other 0.
   */
  @Modifying
  @Query(
      "update PasswordReset r set r.usedAt = ?2, r.version = r.version + 1"
          + " where r.id = ?1 and r.usedAt is null and r.expiresAt > ?2")
  int use(UUID id, Instant now);

  /** Using one link closes every other open link of the same person. */
  @Modifying
  @Query("update PasswordReset r set r.usedAt = ?2 where r.userId = ?1 and r.usedAt is null")
  void closeAllFor(UUID userId, Instant now);
}
