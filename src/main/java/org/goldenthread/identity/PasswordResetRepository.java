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

  /** Using one link closes every other open link of the same person. */
  @Modifying
  @Query("update PasswordReset r set r.usedAt = ?2 where r.userId = ?1 and r.usedAt is null")
  void closeAllFor(UUID userId, Instant now);
}
