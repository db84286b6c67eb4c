package org.goldenthread.organisation;

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

  boolean existsByUrn(String urn);

  boolean existsByUrnAndIdNot(String urn, UUID id);
}
