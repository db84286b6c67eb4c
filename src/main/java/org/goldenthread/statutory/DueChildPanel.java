package org.goldenthread.statutory;

import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.child.Children;
import org.goldenthread.child.SenStatus;
import org.goldenthread.deadline.Deadlines;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "What is due" on a child's page: every deadline about the child still open, from every module
 * that has them, soonest first, with who owes it; and the way to the child's EHC needs assessments
 * and, for a child with a plan, its annual reviews.
 */
@Component
@Order(5)
class DueChildPanel implements ChildPagePanel {

  private final Deadlines deadlines;
  private final DeadlineRows rows;

  private final Children children;

  DueChildPanel(Deadlines deadlines, DeadlineRows rows, Children children) {
    this.deadlines = deadlines;
    this.rows = rows;
    this.children = children;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    var open =
        rows.of(deadlines.aboutChild(Callers.of(child.user()), child.id())).stream()
            .filter(DeadlineRow::open)
            .toList();
    return Optional.of(
        new PagePanel(
            "deadlines",
            "statutory.panel.child.heading",
            "statutory/deadlines-panel",
            Map.of(
                "childId",
                child.id(),
                "rows",
                open,
                "hasPlan",
                children.find(child.id()).filter(c -> c.senStatus() == SenStatus.E).isPresent())));
  }
}
