package org.goldenthread.message;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MessageThreadRepository extends JpaRepository<MessageThread, UUID> {

  /** The child's threads, newest activity first: paged in the database. */
  Page<MessageThread> findByChildIdOrderByLastMessageAtDescIdDesc(UUID childId, Pageable page);

  Optional<MessageThread> findByIdAndChildId(UUID id, UUID childId);

  /** Moves the thread's last activity on to a message sent at {@code at}, never back. */
  @Modifying
  @Query(
      value =
          "update message_thread set last_message_at = greatest(last_message_at, :at)"
              + " where id = :id",
      nativeQuery = true)
  void touch(@Param("id") UUID id, @Param("at") Instant at);
}
