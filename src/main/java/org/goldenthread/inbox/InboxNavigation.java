package org.goldenthread.inbox;

import java.util.List;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * For everyone signed in, the inbox with its unread count, "Inbox (3)": one count query a page view
 * ({@link InboxItems#unreadCount}), just before "Your account".
 */
@Component
@Order(900)
class InboxNavigation implements NavigationContributor {

  private final InboxItems inbox;

  InboxNavigation(InboxItems inbox) {
    this.inbox = inbox;
  }

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (!viewer.signedIn()
        || signedIn == null
        || !(signedIn.getPrincipal() instanceof CurrentUser user)) {
      return List.of();
    }
    return List.of(new NavigationLink("/inbox", "inbox.nav", inbox.unreadCount(user)));
  }
}
