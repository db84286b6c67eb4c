package org.goldenthread.child;

import java.util.Optional;
import org.goldenthread.web.PagePanel;

/**
 * A section of a child's page that a capability above the child supplies (the plan, reviews,
 * meetings and actions, the family), so that the child's page can show them without depending on
 * them. Panels are shown in their {@link org.springframework.core.annotation.Order} after the
 * page's contents list.
 */
public interface ChildPagePanel {

  /** The panel for this child and the person looking, or empty when there is nothing to show. */
  Optional<PagePanel> panelFor(AccessibleChild child);
}
