package org.goldenthread.voice;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.web.OncePerPageView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ViewRepository extends JpaRepository<View, UUID> {

  /** The child's views of these people with these statuses, a page at a time (in the database). */
  @Query(
      value =
          "select v from VoiceView v where v.childId = :childId and v.whose in :whose"
              + " and v.status in :statuses",
      countQuery =
          "select count(v) from VoiceView v where v.childId = :childId and v.whose in :whose"
              + " and v.status in :statuses")
  Page<View> findOfChild(
      UUID childId, Collection<Whose> whose, Collection<ViewStatus> statuses, Pageable page);

  @Query(
      "select v from VoiceView v where array_has(:childIds, v.childId)"
          + " order by v.recordedAt desc, v.id")
  List<View> findOfChildren(UUID[] childIds);

  default List<View> findOfChildren(Collection<UUID> childIds) {
    return findOfChildren(childIds.toArray(UUID[]::new));
  }

  /**
   * The child's views, newest first, read once per page view: its panel, the plan's participation
   * and the child's own page share the read.
   */
  default List<View> ofChild(UUID childId) {
    return OncePerPageView.get("voice.ofChild." + childId, () -> findOfChildren(List.of(childId)));
  }

  /** The view, locked until the transaction ends: of two responses at once, the second waits. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select v from VoiceView v where v.id = :id")
  Optional<View> findForResponse(UUID id);
}
