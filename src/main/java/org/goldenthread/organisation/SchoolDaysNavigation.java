package org.goldenthread.organisation;

import java.util.List;
import java.util.stream.Stream;
import org.goldenthread.identity.Role;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** For a school's SENCO, head or administrator: how the school counts its days. */
@Component
@Order(300)
class SchoolDaysNavigation implements NavigationContributor {

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    boolean setsThem =
        Stream.of(Role.SENCO, Role.HEAD, Role.SCHOOL_ADMIN)
            .anyMatch(role -> viewer.has(role.authority()));
    return setsThem
        ? List.of(new NavigationLink("/school-days", "layout.nav.schoolDays"))
        : List.of();
  }
}
