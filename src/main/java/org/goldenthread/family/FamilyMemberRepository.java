package org.goldenthread.family;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FamilyMemberRepository extends JpaRepository<FamilyMember, UUID> {

  List<FamilyMember> findByChildIdOrderByName(UUID childId);

  List<FamilyMember> findByUserId(UUID userId);

  @Query("select m from FamilyMember m where array_has(:childIds, m.childId)")
  List<FamilyMember> findOfChildren(UUID[] childIds);

  default List<FamilyMember> findByChildIdIn(Collection<UUID> childIds) {
    return findOfChildren(childIds.toArray(UUID[]::new));
  }

  /** The preferred languages recorded for the person on family records, the most used first. */
  @Query(
      "select m.preferredLanguage from FamilyMember m where m.userId = ?1"
          + " and m.preferredLanguage is not null"
          + " group by m.preferredLanguage order by count(m) desc, m.preferredLanguage")
  List<String> preferredLanguagesOf(UUID userId);
}
