package org.goldenthread.organisation;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupportServiceRepository extends JpaRepository<SupportService, UUID> {

  @Query("select s from SupportService s left join fetch s.authority order by lower(s.name)")
  List<SupportService> findAllInOrder();
}
