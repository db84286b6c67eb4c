package org.goldenthread.statutory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.HomePanel;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.Deadlines;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On someone's home: the deadlines still open for the children they may see, soonest first (the
 * family's own children, a SENCO's pupils, an officer's area), when there are any.
 */
@Component
@Order(5)
class DeadlinesHomePanel implements HomePanel {

  static final int MOST_SHOWN = 5;

  private final Deadlines deadlines;
  private final DeadlineRows rows;

  DeadlinesHomePanel(Deadlines deadlines, DeadlineRows rows) {
    this.deadlines = deadlines;
    this.rows = rows;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    if (!seesChildren) {
      return Optional.empty();
    }
    List<Deadline> open =
        deadlines.visibleTo(Callers.of(user), null, null).stream()
            .filter(DeadlineRow::shownAsOpen)
            .toList();
    if (open.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "deadlines",
            "statutory.panel.home.heading",
            "statutory/home-panel",
            Map.of(
                "rows",
                rows.of(open.subList(0, Math.min(MOST_SHOWN, open.size()))),
                "more",
                Math.max(0, open.size() - MOST_SHOWN))));
  }
}
