package org.goldenthread.organisation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SchoolRepository extends JpaRepository<School, UUID> {

  @Query("select s from School s join fetch s.authority order by lower(s.name), s.urn")
  List<School> findAllInOrder();

  @Query(
      "select s from School s join fetch s.authority a where a.id = :authorityId"
          + " order by lower(s.name), s.urn")
  List<School> findByAuthorityInOrder(UUID authorityId);

  @Query("select s from School s join fetch s.authority where array_has(:ids, s.id)")
  List<School> findWithAuthority(UUID[] ids);

  default List<School> findWithAuthority(Collection<UUID> ids) {
    return findWithAuthority(ids.toArray(UUID[]::new));
  }

  @Query("select s.id from School s where s.authority.id = :authorityId")
  List<UUID> findIdsByAuthority(UUID authorityId);

  @Query(
      "select s.id from School s where lower(s.name) like :pattern escape '\\'"
          + " and s.id in :among")
  List<UUID> findIdsNamedLike(String pattern, Collection<UUID> among);

  @Query("select s.id from School s where s.id in :ids and s.staffTwoFactor = true")
  List<UUID> findIdsRequiringTwoFactor(Collection<UUID> ids);

  boolean existsByUrn(String urn);

  boolean existsByUrnAndIdNot(String urn, UUID id);
}
