package org.goldenthread.provision;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the home of those who set a school's costs of support: a link to them for each school. */
@Component
@Order(90)
class CostRatesPanel implements HomePanel {

  private final Organisations organisations;

  CostRatesPanel(Organisations organisations) {
    this.organisations = organisations;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    Set<UUID> schoolIds = new LinkedHashSet<>();
    for (Role role : List.of(Role.SENCO, Role.HEAD, Role.SCHOOL_ADMIN)) {
      schoolIds.addAll(user.organisationsWhere(role));
    }
    List<SchoolSummary> schools =
        schoolIds.stream()
            .flatMap(id -> organisations.school(id).stream())
            .sorted(Comparator.comparing(SchoolSummary::name))
            .toList();
    if (schools.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "school-costs",
            "plan.costs.panel.heading",
            "provision/panel",
            Map.of("schools", schools)));
  }
}
