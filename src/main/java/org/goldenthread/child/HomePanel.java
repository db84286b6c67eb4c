package org.goldenthread.child;

import java.util.Optional;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PagePanel;

/**
 * A section of someone's home that a capability above the child supplies (a limit on what a family
 * member is told, next meetings, actions due, the three-meetings-a-year figures). Panels are shown
 * in their {@link org.springframework.core.annotation.Order}.
 */
public interface HomePanel {

  /**
   * The panel for this person, or empty when there is nothing to show.
   *
   * @param seesChildren whether the person may see any child at all
   */
  Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren);
}
