package org.goldenthread.statutory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.Children;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.web.Dates;
import org.springframework.stereotype.Component;

/** Deadlines made into the rows pages list, with each child's name and the page to go to. */
@Component
class DeadlineRows {

  private final Children children;
  private final Dates dates;

  DeadlineRows(Children children, Dates dates) {
    this.children = children;
    this.dates = dates;
  }

  List<DeadlineRow> of(Collection<Deadline> deadlines) {
    Map<UUID, String> names =
        children.displayNames(
            deadlines.stream().map(Deadline::childId).collect(Collectors.toSet()));
    return deadlines.stream()
        .map(d -> DeadlineRow.of(d, names.get(d.childId()), href(d), dates::date))
        .toList();
  }

  /** The page of the deadline's record, or the child's page when its source names none. */
  private static String href(Deadline deadline) {
    return deadline.page() != null ? deadline.page() : "/children/" + deadline.childId();
  }
}
