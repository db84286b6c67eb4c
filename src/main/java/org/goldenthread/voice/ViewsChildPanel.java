package org.goldenthread.voice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Views" on a child's page: how many views of the child and family are still open loops, and how
 * long the oldest has waited. Its rows are read once per page view, shared with the plan's
 * participation.
 */
@Component
@Order(9)
class ViewsChildPanel implements ChildPagePanel {

  private final Views views;

  ViewsChildPanel(Views views) {
    this.views = views;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    List<RecordedView> open = views.openLoops(child);
    return Optional.of(
        new PagePanel(
            "views",
            "voice.panel.child.heading",
            "voice/child-panel",
            Map.of(
                "childId",
                child.id(),
                "open",
                open.size(),
                "oldestDays",
                open.isEmpty() ? 0L : open.get(0).openDays(),
                "mayRecord",
                !views.mayRecord(child).isEmpty(),
                "theChild",
                views.isTheChild(child))));
  }
}
