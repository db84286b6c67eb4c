package org.goldenthread.disagreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Disagreements" on a child's page, for those who may see them: the open ones, each with its next
 * option and date, and the way to all of them (and to record one, for the family). One statement,
 * shared with the child's deadlines.
 */
@Component
@Order(8)
class DisagreementsChildPanel implements ChildPagePanel {

  private final Disagreements disagreements;

  DisagreementsChildPanel(Disagreements disagreements) {
    this.disagreements = disagreements;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    if (!disagreements.maySee(child)) {
      return Optional.empty();
    }
    List<DisagreementView> open = disagreements.openForChild(child);
    return Optional.of(
        new PagePanel(
            "disagreements",
            "disagreement.panel.child.heading",
            "disagreement/child-panel",
            Map.of(
                "childId", child.id(), "open", open, "mayRecord", disagreements.mayRecord(child))));
  }
}
