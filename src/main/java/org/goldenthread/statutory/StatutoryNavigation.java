package org.goldenthread.statutory;

import java.util.List;
import org.goldenthread.identity.Role;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the navigation, after the list of children: the list of deadlines, for those who keep track of
 * many children's (an authority officer, a SENCO, a head).
 */
@Component
@Order(150)
class StatutoryNavigation implements NavigationContributor {

  private static final List<Role> TRACKING = List.of(Role.AUTHORITY_OFFICER, Role.SENCO, Role.HEAD);

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    if (TRACKING.stream().anyMatch(role -> viewer.has(role.authority()))) {
      return List.of(new NavigationLink("/deadlines", "layout.nav.deadlines"));
    }
    return List.of();
  }
}
