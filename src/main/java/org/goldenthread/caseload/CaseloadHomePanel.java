package org.goldenthread.caseload;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Your caseload" on a SENCO's home: the way to the school's figures and the lists behind them. It
 * reads nothing from the database (the schools are the SENCO's own), so the home runs no more
 * statements for it.
 */
@Component
@Order(0)
class CaseloadHomePanel implements HomePanel {

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    List<UUID> schools = SchoolCaseloads.sencoSchools(user);
    if (schools.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "school-caseload",
            "caseload.panel.heading",
            "caseload/home-panel",
            Map.of(
                "caseloadHrefs",
                schools.stream().map(id -> "/schools/" + id + "/caseload").toList())));
  }
}
