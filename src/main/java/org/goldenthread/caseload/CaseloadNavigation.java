package org.goldenthread.caseload;

import java.util.List;
import org.goldenthread.identity.Role;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In the navigation, for a SENCO: their school's caseload, next to the list of children. */
@Component
@Order(101)
class CaseloadNavigation implements NavigationContributor {

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    if (!viewer.has(Role.SENCO.authority())) {
      return List.of();
    }
    return List.of(new NavigationLink("/caseload", "layout.nav.caseload"));
  }
}
