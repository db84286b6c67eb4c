package org.goldenthread.child;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.identity.Role;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In the navigation: the list of children, for those who work with many of them. */
@Component
@Order(100)
class ChildrenNavigation implements NavigationContributor {

  /** The roles of those who work with many children. */
  private static final Set<Role> CASELOAD_ROLES =
      EnumSet.of(
          Role.SENCO,
          Role.HEAD,
          Role.TEACHER,
          Role.SCHOOL_ADMIN,
          Role.AUTHORITY_OFFICER,
          Role.PROFESSIONAL);

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    if (CASELOAD_ROLES.stream().map(Role::authority).noneMatch(viewer::has)) {
      return List.of();
    }
    return List.of(new NavigationLink("/children", "layout.nav.children"));
  }
}
