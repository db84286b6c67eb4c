package org.goldenthread.notification;

import java.util.List;
import org.goldenthread.identity.Role;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In a platform administrator's navigation: the outbox, when there is one (the same condition as
 * {@code OutboxController}'s).
 */
@Component
@Order(400)
@ConditionalOnProperty(
    name = "goldenthread.mail.outbox-enabled",
    havingValue = "true",
    matchIfMissing = true)
class OutboxNavigation implements NavigationContributor {

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    if (!viewer.has(Role.PLATFORM_ADMIN.authority())) {
      return List.of();
    }
    return List.of(new NavigationLink("/admin/outbox", "layout.nav.outbox"));
  }
}
