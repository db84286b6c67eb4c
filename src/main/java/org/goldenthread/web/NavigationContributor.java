package org.goldenthread.web;

import java.util.List;

/**
 * Links that a capability puts in the service navigation, so that the layout knows none of their
 * pages: each capability provides a bean in its own package. Someone signed in gets Home first;
 * then every contributor's links follow in the {@link org.springframework.core.annotation.Order} of
 * its bean: everyday work first (the list of children is 100), administration after it (200 to
 * 400), and the person's own account last (1000).
 */
public interface NavigationContributor {

  /** The links for this viewer, in the order they are shown; empty when they get none. */
  List<NavigationLink> linksFor(Viewer viewer);
}
