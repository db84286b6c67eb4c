package org.goldenthread.message;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MessageRepository extends JpaRepository<Message, UUID> {

  /** The messages of these threads, oldest first: one query for a page of threads. */
  List<Message> findByThreadIdInOrderBySentAtAscIdAsc(Collection<UUID> threadIds);
}
