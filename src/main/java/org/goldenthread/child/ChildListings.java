package org.goldenthread.child;

import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Lists of children that read only the columns a list names them by. */
interface ChildListings {

  /** The children the query finds, in its order, as listings. */
  List<ChildListing> listings(Specification<Child> query);
}
