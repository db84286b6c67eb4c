package org.goldenthread.child;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.web.OncePerPageView;
import org.springframework.stereotype.Component;

/**
 * Children's rows by id, read once per page view however many parts of the page ask (the door
 * sorting out which of some children the person may see, then their names, dates of birth and
 * statuses): only the ids not read yet are fetched, in one query. Anything but a page view reads
 * afresh. The rows are for reading.
 */
@Component
class ChildRows {

  private final ChildRepository children;

  ChildRows(ChildRepository children) {
    this.children = children;
  }

  /** The rows of these children that exist. */
  List<Child> byId(Collection<UUID> childIds) {
    if (childIds.isEmpty()) {
      return List.of();
    }
    Map<UUID, Child> read = OncePerPageView.get(ChildRows.class.getName(), HashMap::new);
    List<UUID> missing = childIds.stream().distinct().filter(id -> !read.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      children.findAllById(missing).forEach(child -> read.put(child.id(), child));
    }
    return childIds.stream().distinct().filter(read::containsKey).map(read::get).toList();
  }
}
