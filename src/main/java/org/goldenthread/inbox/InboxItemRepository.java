package org.goldenthread.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InboxItemRepository extends JpaRepository<InboxItem, UUID> {

  /** One page of the person's items about these children, newest first. */
  Page<InboxItem> findByUserIdAndChildIdInOrderByAtDescIdDesc(
      UUID userId, Collection<UUID> childIds, Pageable pageable);

  /** One page of the person's unread items about these children, newest first. */
  Page<InboxItem> findByUserIdAndChildIdInAndReadAtIsNullOrderByAtDescIdDesc(
      UUID userId, Collection<UUID> childIds, Pageable pageable);

  Optional<InboxItem> findByIdAndUserId(UUID id, UUID userId);

  long countByUserIdAndReadAtIsNull(UUID userId);

  @Modifying
  @Query("delete from InboxItem i where i.userId = :userId and i.childId = :childId")
  int deleteAbout(UUID userId, UUID childId);

  /** The children the person's items are about: few, whatever the number of items. */
  @Query("select distinct i.childId from InboxItem i where i.userId = :userId")
  List<UUID> childIdsOf(UUID userId);

  /** The person's unread items by child: one row per child. */
  @Query(
      "select i.childId, count(i) from InboxItem i"
          + " where i.userId = :userId and i.readAt is null group by i.childId")
  List<Object[]> unreadByChild(UUID userId);

  @Modifying
  @Query(
      "update InboxItem i set i.readAt = :at, i.version = i.version + 1"
          + " where i.id = :id and i.userId = :userId and i.readAt is null")
  int markRead(UUID id, UUID userId, Instant at);

  @Modifying
  @Query(
      "update InboxItem i set i.readAt = :at, i.version = i.version + 1"
          + " where i.userId = :userId and array_has(:childIds, i.childId) and i.readAt is null")
  int markAllRead(UUID userId, UUID[] childIds, Instant at);

  /** The items a digest may carry for the person: unread, of these kinds, carried by none yet. */
  @Query(
      "select i from InboxItem i where i.userId = :userId and i.readAt is null"
          + " and i.digestedOn is null and i.kind in :kinds order by i.at desc, i.id desc")
  List<InboxItem> forDigest(UUID userId, Collection<InboxKind> kinds);

  @Modifying
  @Query(
      "update InboxItem i set i.digestedOn = :day, i.version = i.version + 1"
          + " where i.id in :ids")
  int markDigested(Collection<UUID> ids, LocalDate day);
}
