package org.goldenthread.worker;

import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Requests for support from the team" on a SENCO's home: the open requests of the school's
 * children, oldest first, with how long each has waited, read in one statement.
 */
@Component
@Order(16)
class SupportHomePanel implements HomePanel {

  private final SupportRequests requests;

  SupportHomePanel(SupportRequests requests) {
    this.requests = requests;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    if (!seesChildren || !requests.listsOpenAtSchools(user)) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "support-requests",
            "worker.panel.home.heading",
            "worker/home-panel",
            Map.of("open", requests.openAtSchools(user))));
  }
}
