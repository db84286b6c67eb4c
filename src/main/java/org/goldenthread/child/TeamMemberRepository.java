package org.goldenthread.child;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamMemberRepository extends JpaRepository<TeamMember, UUID> {

  List<TeamMember> findByChildIdOrderByLeadDescNameAsc(UUID childId);

  List<TeamMember> findByUserId(UUID userId);

  /**
   * The person's places on the teams of these children only: the ids bound as one array, so that a
   * school's worth of children is one parameter and Hibernate keeps the query translated.
   */
  default List<TeamMember> placesAmong(UUID userId, Collection<UUID> childIds) {
    return childIds.isEmpty() ? List.of() : placesAmong0(userId, childIds.toArray(UUID[]::new));
  }

  @Query("select m from TeamMember m where m.userId = :userId and array_has(:childIds, m.childId)")
  List<TeamMember> placesAmong0(UUID userId, UUID[] childIds);

  /**
   * The person's places on the teams of children outside the given schools, each with its child:
   * the children the person may see only through a team (staff see their own schools' children
   * anyway, however many teams they lead there).
   */
  default List<TeamPlace> placesOutside(UUID userId, Collection<UUID> schools) {
    return schools.isEmpty()
        ? placesOf(userId)
        : placesOutside0(userId, schools.toArray(UUID[]::new));
  }

  @Query(
      "select new org.goldenthread.child.TeamPlace(m, c) from TeamMember m"
          + " join Child c on c.id = m.childId where m.userId = :userId")
  List<TeamPlace> placesOf(UUID userId);

  @Query(
      "select new org.goldenthread.child.TeamPlace(m, c) from TeamMember m"
          + " join Child c on c.id = m.childId"
          + " where m.userId = :userId and not array_has(:schools, c.schoolId)")
  List<TeamPlace> placesOutside0(UUID userId, UUID[] schools);
}
