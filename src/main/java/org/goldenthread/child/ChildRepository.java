package org.goldenthread.child;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChildRepository extends JpaRepository<Child, UUID>, JpaSpecificationExecutor<Child> {

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
   * The children a person may see of one SEN status, by name, each with its status and the columns
   * a listing needs: the same children as {@link ChildListQuery} with that status, in one statement
   * Hibernate keeps translated (arrays, not lists).
   */
  @Query(
      """
      select new org.goldenthread.child.ChildWithStatus(
          c.id, c.givenName, c.preferredName, c.familyName, c.yearGroup, c.schoolId, c.senStatus)
      from Child c
      where (array_has(:schools, c.schoolId) or array_has(:children, c.id))
        and not array_has(:hidden, c.id) and c.senStatus = :status
      order by lower(c.familyName), lower(c.givenName), c.id""")
  List<ChildWithStatus> findListingsWithStatus(
      UUID[] schools, UUID[] children, UUID[] hidden, SenStatus status);

  /**
   * {@link #findListingsWithStatus} for the children on the SEN register (support and plans). The
   * statuses are written into the statement, not bound, so that its one plan reads the index of the
   * register (an authority's register is a fifth of its children).
   */
  @Query(
      """
      select new org.goldenthread.child.ChildWithStatus(
          c.id, c.givenName, c.preferredName, c.familyName, c.yearGroup, c.schoolId, c.senStatus)
      from Child c
      where (array_has(:schools, c.schoolId) or array_has(:children, c.id))
        and not array_has(:hidden, c.id)
        and c.senStatus in (org.goldenthread.child.SenStatus.K, org.goldenthread.child.SenStatus.E)
      order by lower(c.familyName), lower(c.givenName), c.id""")
  List<ChildWithStatus> findListingsOnTheRegister(UUID[] schools, UUID[] children, UUID[] hidden);

  /** The children a person may see on the SEN register. */
  default List<ChildWithStatus> listingsOnTheRegister(ChildAccess.Visibility visibility) {
    return findListingsOnTheRegister(
        visibility.schools().toArray(UUID[]::new),
        visibility.individually().toArray(UUID[]::new),
        visibility.hidden().toArray(UUID[]::new));
  }

  /** The children a person may see of one SEN status. */
  default List<ChildWithStatus> listingsWithStatus(
      ChildAccess.Visibility visibility, SenStatus status) {
    return findListingsWithStatus(
        visibility.schools().toArray(UUID[]::new),
        visibility.individually().toArray(UUID[]::new),
        visibility.hidden().toArray(UUID[]::new),
        status);
  }

  /**
   * Every child with an EHC plan in one of these year groups, whoever may see them. The status is
   * written into the statement, not bound, so that its one plan reads the index of the register
   * rather than every child's row.
   */
  @Query(
      """
      select new org.goldenthread.child.ChildListing(
          c.id, c.givenName, c.preferredName, c.familyName, c.yearGroup, c.schoolId)
      from Child c
      where c.senStatus = org.goldenthread.child.SenStatus.E and array_has(:yearGroups, c.yearGroup)
      order by lower(c.familyName), lower(c.givenName), c.id""")
  List<ChildListing> findWithPlansIn(String[] yearGroups);

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
