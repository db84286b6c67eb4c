package org.goldenthread.inbox;

import java.util.List;
import java.util.function.Supplier;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NavigationContributor;
import org.goldenthread.web.NavigationLink;
import org.goldenthread.web.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * For everyone signed in, the inbox with its unread count, "Inbox (3)": one count query a page view
 * ({@link InboxItems#unreadCount}), just before "Your account".
 */
@Component
@Order(900)
class InboxNavigation implements NavigationContributor {

  private final Supplier<InboxItems> inbox;

  /** The inbox is asked lazily, so that the navigation stands in a web slice without it. */
  InboxNavigation(ObjectProvider<InboxItems> inbox) {
    this.inbox = SingletonSupplier.of(inbox::getIfAvailable);
  }

  @Override
  public List<NavigationLink> linksFor(Viewer viewer) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    InboxItems items = inbox.get();
    if (!viewer.signedIn()
        || items == null
        || signedIn == null
        || !(signedIn.getPrincipal() instanceof CurrentUser user)) {
      return List.of();
    }
    return List.of(new NavigationLink("/inbox", "inbox.nav", () -> items.unreadCount(user)));
  }
}
