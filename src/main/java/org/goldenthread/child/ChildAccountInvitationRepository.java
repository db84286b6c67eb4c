package org.goldenthread.child;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChildAccountInvitationRepository extends JpaRepository<ChildAccountInvitation, UUID> {

  /** The newest invitation to the child still open at this moment, if any. */
  Optional<ChildAccountInvitation> findFirstByChildIdAndExpiresAtAfterOrderByCreatedAtDesc(
      UUID childId, Instant now);
}
