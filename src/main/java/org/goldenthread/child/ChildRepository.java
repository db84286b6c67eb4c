package org.goldenthread.child;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChildRepository
    extends JpaRepository<Child, UUID>, JpaSpecificationExecutor<Child>, ChildListings {

  Optional<Child> findByUpn(String upn);

  /** The children recorded with these UPNs: for an import, which matches pupils by UPN. */
  List<Child> findByUpnIn(java.util.Collection<String> upns);

  /** A school's roll, by family name then given name. */
  @Query(
      "select c from Child c where c.schoolId = :schoolId order by lower(c.familyName), lower(c.givenName), c.id")
  List<Child> roll(@Param("schoolId") UUID schoolId);

  List<Child> findByUserId(UUID userId);

  /** These children, those that exist: as {@code findAllById}, in one statement Hibernate keeps. */
  @Query("select c from Child c where array_has(:ids, c.id)")
  List<Child> findAllOf(UUID[] ids);

  default List<Child> allOf(Collection<UUID> ids) {
    return ids.isEmpty() ? List.of() : findAllOf(ids.toArray(UUID[]::new));
  }

  /**
   * Locks the child's row until the transaction ends, so that changes to one child's record are
   * made one after the other ({@code no key update}: rows that refer to the child can still be
   * added meanwhile). Answers the id, or nothing when there is no such child.
   */
  @Query(
      value = "select cast(id as text) from child where id = :id for no key update",
      nativeQuery = true)
  List<String> lockForChange(@Param("id") UUID id);
}
