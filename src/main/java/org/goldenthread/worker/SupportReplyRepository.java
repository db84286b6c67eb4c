package org.goldenthread.worker;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportReplyRepository extends JpaRepository<SupportReply, UUID> {

  List<SupportReply> findByRequestIdOrderByWrittenAtAsc(UUID requestId);
}
