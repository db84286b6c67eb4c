package org.goldenthread.request;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Requests in writing" on a child's page: the requests still waiting for an answer, late ones
 * marked, and the way to all of them and to make one.
 */
@Component
@Order(7)
class RequestsChildPanel implements ChildPagePanel {

  private final WrittenRequests requests;

  RequestsChildPanel(WrittenRequests requests) {
    this.requests = requests;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    List<RequestView> open = requests.openForChild(child);
    return Optional.of(
        new PagePanel(
            "requests",
            "request.panel.child.heading",
            "request/child-panel",
            Map.of(
                "childId",
                child.id(),
                "open",
                open,
                "late",
                open.stream().filter(RequestView::late).count(),
                "mayMake",
                requests.mayMake(child))));
  }
}
