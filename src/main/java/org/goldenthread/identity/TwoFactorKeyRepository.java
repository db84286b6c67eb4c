package org.goldenthread.identity;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TwoFactorKeyRepository extends JpaRepository<TwoFactorKey, UUID> {

  /** Whether the person has finished setting two-factor sign-in up. */
  @Query(
      "select count(k) > 0 from TwoFactorKey k where k.userId = ?1 and k.confirmedAt is not null")
  boolean isConfirmed(UUID userId);

  /**
   * Uses up the step of a code just checked, in one statement: 1 when it is later than the last
   * step used, 0 when a code of this step or a later one was used already (two sign-ins with the
   * same code at once: only one gets in).
   */
  @Modifying
  @Query(
      "update TwoFactorKey k set k.lastUsedStep = ?2, k.version = k.version + 1"
          + " where k.userId = ?1 and k.confirmedAt is not null and k.lastUsedStep < ?2")
  int useStep(UUID userId, long step);
}
