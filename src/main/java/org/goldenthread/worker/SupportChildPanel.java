package org.goldenthread.worker;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Support for the team" on a child's page, for the professional team only: the open requests for
 * support on the case, oldest first, in one statement, and the way to all of them and to ask.
 */
@Component
@Order(26)
class SupportChildPanel implements ChildPagePanel {

  private final SupportRequests requests;

  SupportChildPanel(SupportRequests requests) {
    this.requests = requests;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    if (!requests.sees(child)) {
      return Optional.empty();
    }
    List<SupportRequestView> open = requests.openForChild(child);
    return Optional.of(
        new PagePanel(
            "support-requests",
            "worker.panel.child.heading",
            "worker/child-panel",
            Map.of("childId", child.id(), "open", open, "mayAsk", requests.mayAsk(child))));
  }
}
