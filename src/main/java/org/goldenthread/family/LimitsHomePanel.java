package org.goldenthread.family;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First on the home of someone a limit applies to: that a limit is recorded on what they are told
 * about a child, and whom to ask ({@link InformationLimits#on}). Nobody else gets it.
 */
@Component
@Order(0)
class LimitsHomePanel implements HomePanel {

  static final String TEMPLATE = "family/limits-panel";

  private final InformationLimits limits;

  LimitsHomePanel(InformationLimits limits) {
    this.limits = limits;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    List<InformationLimits.Notice> notices = limits.on(user);
    if (notices.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel("limits", "child.home.limits.heading", TEMPLATE, Map.of("notices", notices)));
  }
}
