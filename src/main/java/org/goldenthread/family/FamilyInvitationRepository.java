package org.goldenthread.family;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyInvitationRepository extends JpaRepository<FamilyInvitation, UUID> {}
