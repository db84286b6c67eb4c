package org.goldenthread.concern;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Concerns" on a child's page: each concern's path as one timeline (raised, the first-concern
 * meeting booked and held, the decision with its reasons and review date), late ones flagged, and
 * the way to raise one. Its rows are read in one statement, shared with the child's deadlines.
 */
@Component
@Order(8)
class ConcernsChildPanel implements ChildPagePanel {

  private final Concerns concerns;

  ConcernsChildPanel(Concerns concerns) {
    this.concerns = concerns;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    List<ConcernView> all = concerns.allForChild(child);
    return Optional.of(
        new PagePanel(
            "concerns",
            "concern.panel.child.heading",
            "concern/child-panel",
            Map.of(
                "childId",
                child.id(),
                "concerns",
                all,
                "mayRaise",
                concerns.mayRaise(child),
                "today",
                concerns.today())));
  }
}
