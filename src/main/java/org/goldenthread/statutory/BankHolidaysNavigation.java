package org.goldenthread.statutory;

import java.util.List;
import org.goldenthread.identity.Role;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In a platform administrator's navigation, after the audit log: the bank holidays the deadlines
 * are counted with (the deadline module's page; that module uses no other of ours, so its link is
 * given here).
 */
@Component
@Order(350)
class BankHolidaysNavigation implements NavigationContributor {

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    if (!viewer.has(Role.PLATFORM_ADMIN.authority())) {
      return List.of();
    }
    return List.of(new NavigationLink("/admin/bank-holidays", "layout.nav.bankHolidays"));
  }
}
