package org.goldenthread.overview;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Near the top of an authority officer's home: a link to the overview of each authority they work
 * for. Reads nothing from the database.
 */
@Component
@Order(4)
class OverviewHomePanel implements HomePanel {

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    List<String> links =
        user.organisationsWhere(Role.AUTHORITY_OFFICER).stream()
            .sorted()
            .map(OverviewLinks::authority)
            .toList();
    if (links.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "authority-overview",
            "overview.panel.heading",
            "overview/home-panel",
            Map.of("links", links)));
  }
}
