package org.goldenthread.identity;

import java.util.List;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Last in the navigation: your account for someone signed in, signing in for someone who is not.
 */
@Component
@Order(1000)
class AccountNavigation implements NavigationContributor {

  private static final List<NavigationLink> SIGNED_IN =
      List.of(new NavigationLink("/account", "layout.nav.account"));
  private static final List<NavigationLink> SIGNED_OUT =
      List.of(new NavigationLink("/sign-in", "layout.nav.sign-in"));

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    return viewer.signedIn() ? SIGNED_IN : SIGNED_OUT;
  }
}
