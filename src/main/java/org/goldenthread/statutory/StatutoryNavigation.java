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

  /**
   * In a platform administrator's navigation, after the audit log: the bank holidays the deadlines
   * are counted with (the deadline module's page; that module uses no other of ours, so its link is
   * given here).
   */
  @Component
  @Order(350)
  static class BankHolidaysNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> linksFor(Viewer viewer) {
      if (!viewer.has(Role.PLATFORM_ADMIN.authority())) {
        return List.of();
      }
      return List.of(new NavigationLink("/admin/bank-holidays", "layout.nav.bankHolidays"));
    }
  }
}
