package org.goldenthread.organisation;

import java.util.List;
import org.goldenthread.identity.Role;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In a platform administrator's navigation: the organisations, and inviting someone. */
@Component
@Order(200)
class OrganisationAdminNavigation implements NavigationContributor {

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    if (!viewer.has(Role.PLATFORM_ADMIN.authority())) {
      return List.of();
    }
    return List.of(
        new NavigationLink("/admin/organisations", "layout.nav.organisations"),
        new NavigationLink("/admin/invitations/new", "layout.nav.invite"));
  }
}
