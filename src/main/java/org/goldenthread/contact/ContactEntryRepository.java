package org.goldenthread.contact;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactEntryRepository extends JpaRepository<ContactEntry, UUID> {

  /** The child's log, newest first: paged in the database. */
  Page<ContactEntry> findByChildIdOrderByOnDescRecordedAtDesc(UUID childId, Pageable page);

  /** The latest entry of each of these children that has any: its day and how. */
  default List<Latest> latestOf(Collection<UUID> childIds) {
    return findLatestOf(childIds.toArray(UUID[]::new));
  }

  /** As {@link #latestOf(Collection)}, the ids bound as one array, whatever their number. */
  @Query(
      value =
          "select distinct on (child_id) child_id as childId, on_date as onDate, how as how"
              + " from contact_entry where child_id = any(:childIds)"
              + " order by child_id, on_date desc, recorded_at desc",
      nativeQuery = true)
  List<Latest> findLatestOf(UUID[] childIds);

  /** A child's latest entry: its day and how. */
  interface Latest {
    UUID getChildId();

    LocalDate getOnDate();

    String getHow();
  }
}
