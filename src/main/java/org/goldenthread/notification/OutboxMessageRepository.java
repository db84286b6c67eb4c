package org.goldenthread.notification;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, UUID> {

  Page<OutboxMessage> findAllByOrderByCreatedAtDesc(Pageable page);
}
