package org.goldenthread.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

  Optional<ApiToken> findByTokenHash(String tokenHash);

  /** Revokes every token of one person that is not revoked yet. */
  @Modifying
  @Query(
      "update ApiToken t set t.revokedAt = ?2, t.version = t.version + 1"
          + " where t.userId = ?1 and t.revokedAt is null")
  int revokeAllFor(UUID userId, Instant now);
}
