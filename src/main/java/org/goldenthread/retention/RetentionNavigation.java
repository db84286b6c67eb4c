package org.goldenthread.retention;

import java.util.List;
import org.goldenthread.identity.Role;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In a platform administrator's navigation: retention. */
@Component
@Order(450)
class RetentionNavigation implements NavigationContributor {

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    if (!viewer.has(Role.PLATFORM_ADMIN.authority())) {
      return List.of();
    }
    return List.of(new NavigationLink("/admin/retention", "layout.nav.retention"));
  }
}
