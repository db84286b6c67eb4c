package org.goldenthread.child;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyInvitationRepository extends JpaRepository<FamilyInvitation, UUID> {}
