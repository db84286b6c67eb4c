package org.goldenthread.overview;

import java.util.List;
import org.goldenthread.identity.Role;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In an authority officer's navigation, after the deadlines: the overview of their authority
 * ({@code /overview} takes them to it).
 */
@Component
@Order(160)
class OverviewNavigation implements NavigationContributor {

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    if (viewer.has(Role.AUTHORITY_OFFICER.authority())) {
      return List.of(new NavigationLink("/overview", "layout.nav.overview"));
    }
    return List.of();
  }
}
