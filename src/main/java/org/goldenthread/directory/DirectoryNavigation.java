package org.goldenthread.directory;

import java.util.List;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the navigation, for everyone signed in (families and children included), after everyday work
 * and before administration: the directory of services. It costs no statement: a link only.
 */
@Component
@Order(190)
class DirectoryNavigation implements NavigationContributor {

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    return viewer.signedIn()
        ? List.of(new NavigationLink("/directory", "layout.nav.directory"))
        : List.of();
  }
}
