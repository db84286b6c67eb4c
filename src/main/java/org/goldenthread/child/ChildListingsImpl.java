package org.goldenthread.child;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** {@link ChildListings} as one query of four columns, instead of whole records. */
class ChildListingsImpl implements ChildListings {

  private final EntityManager entityManager;

  ChildListingsImpl(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<ChildListing> listings(Specification<Child> query) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Tuple> select = cb.createTupleQuery();
    Root<Child> child = select.from(Child.class);
    select.multiselect(
        child.get("id"),
        child.get("givenName"),
        child.get("preferredName"),
        child.get("familyName"),
        child.get("yearGroup"),
        child.get("schoolId"));
    select.where(query.toPredicate(child, select, cb));
    return entityManager
        .createQuery(select)
        .getResultStream()
        .map(
            row ->
                new ChildListing(
                    row.get(0, UUID.class),
                    Child.displayName(
                        row.get(1, String.class),
                        row.get(2, String.class),
                        row.get(3, String.class)),
                    row.get(4, String.class),
                    row.get(5, UUID.class)))
        .toList();
  }
}
