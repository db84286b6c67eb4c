package org.goldenthread.dataexchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Your school's roll" on the home of a school's SENCO or administrator: links to import pupils and
 * to the census check, for each of their schools. It reads nothing from the database.
 */
@Component
@Order(40)
class SchoolRollHomePanel implements HomePanel {

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    Set<UUID> schools = new LinkedHashSet<>(user.organisationsWhere(Role.SENCO));
    schools.addAll(user.organisationsWhere(Role.SCHOOL_ADMIN));
    if (schools.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "school-roll",
            "import.panel.heading",
            "dataexchange/home-panel",
            Map.of("schools", List.copyOf(schools))));
  }
}
