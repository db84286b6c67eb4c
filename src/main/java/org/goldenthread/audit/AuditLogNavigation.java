package org.goldenthread.audit;

import java.util.List;
import org.goldenthread.identity.Role;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In a platform administrator's navigation: the audit log. */
@Component
@Order(300)
class AuditLogNavigation implements NavigationContributor {

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    if (!viewer.has(Role.PLATFORM_ADMIN.authority())) {
      return List.of();
    }
    return List.of(new NavigationLink("/admin/audit", "layout.nav.audit"));
  }
}
