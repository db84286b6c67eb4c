package org.goldenthread.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxAttachmentRepository extends JpaRepository<OutboxAttachment, UUID> {

  List<OutboxAttachment> findByMessageIdOrderByPosition(UUID messageId);
}
