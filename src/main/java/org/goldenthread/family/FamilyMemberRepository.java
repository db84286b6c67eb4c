package org.goldenthread.family;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.web.OncePerTransaction;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FamilyMemberRepository extends JpaRepository<FamilyMember, UUID> {

  List<FamilyMember> findByChildIdOrderByName(UUID childId);

  List<FamilyMember> findByUserId(UUID userId);

  @Query("select m from FamilyMember m where array_has(:childIds, m.childId) order by m.name")
  List<FamilyMember> findOfChildren(UUID[] childIds);

  default List<FamilyMember> findByChildIdIn(Collection<UUID> childIds) {
    return findOfChildren(childIds.toArray(UUID[]::new));
  }

  /**
   * The family records of these children by child, each by name, each child's read once in a
   * read-only transaction however many parts of the page ask (the family panel, and the deadlines
   * telling whether an action's owner is one of the family).
   */
  default Map<UUID, List<FamilyMember>> ofChildren(Collection<UUID> childIds) {
    return OncePerTransaction.byKey(
        "family.ofChildren",
        childIds,
        missing ->
            findByChildIdIn(missing).stream()
                .collect(Collectors.groupingBy(FamilyMember::childId)));
  }

  /** The preferred languages recorded for the person on family records, the most used first. */
  @Query(
      "select m.preferredLanguage from FamilyMember m where m.userId = ?1"
          + " and m.preferredLanguage is not null"
          + " group by m.preferredLanguage order by count(m) desc, m.preferredLanguage")
  List<String> preferredLanguagesOf(UUID userId);
}
