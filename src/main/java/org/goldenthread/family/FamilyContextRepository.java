package org.goldenthread.family;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyContextRepository extends JpaRepository<FamilyContext, UUID> {}
