package org.goldenthread.organisation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LocalAuthorityRepository extends JpaRepository<LocalAuthority, UUID> {

  @Query("select a from LocalAuthority a order by lower(a.name), a.code")
  List<LocalAuthority> findAllInOrder();

  @Query("select a.id from LocalAuthority a where a.id in :ids and a.staffTwoFactor = true")
  List<UUID> findIdsRequiringTwoFactor(Collection<UUID> ids);

  boolean existsByCode(String code);

  boolean existsByCodeAndIdNot(String code, UUID id);
}
