package org.goldenthread.child;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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

  /** The row of this child, when it exists. */
  Optional<Child> byId(UUID childId) {
    return byId(List.of(childId)).stream().findFirst();
  }

  /** Rows read another way in this page view (a page of a list), so that none is read again. */
  void keep(List<Child> read) {
    OncePerPageView.keep(ChildRows.class.getName(), read, Child::id);
  }

  /** The rows of these children that exist. */
  List<Child> byId(Collection<UUID> childIds) {
    Map<UUID, Child> found =
        OncePerPageView.byKey(
            ChildRows.class.getName(),
            childIds,
            missing ->
                children.allOf(missing).stream()
                    .collect(Collectors.toMap(Child::id, Function.identity())));
    return childIds.stream().distinct().filter(found::containsKey).map(found::get).toList();
  }
}
