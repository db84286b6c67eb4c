package org.goldenthread.child;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** {@link ChildListings} as one query of the columns a listing needs, instead of whole records. */
class ChildListingsImpl implements ChildListings {

  private final EntityManager entityManager;

  ChildListingsImpl(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<ChildListing> listings(Specification<Child> query) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<ChildListing> select = cb.createQuery(ChildListing.class);
    Root<Child> child = select.from(Child.class);
    select.multiselect(
        child.get("id"),
        child.get("givenName"),
        child.get("preferredName"),
        child.get("familyName"),
        child.get("yearGroup"),
        child.get("schoolId"));
    select.where(query.toPredicate(child, select, cb));
    return entityManager.createQuery(select).getResultList();
  }
}
