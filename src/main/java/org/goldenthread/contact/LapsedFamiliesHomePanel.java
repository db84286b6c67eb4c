package org.goldenthread.contact;

import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a key worker's home: the families not in touch for longer than their school allows (6 weeks
 * unless it says otherwise), longest first, each with how they want to hear from us.
 */
@Component
@Order(15)
class LapsedFamiliesHomePanel implements HomePanel {

  static final int SHOWN = 10;

  private final LapsedFamilies lapsed;

  LapsedFamiliesHomePanel(LapsedFamilies lapsed) {
    this.lapsed = lapsed;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    if (!seesChildren || !LapsedFamilies.mayBeKeyWorker(user)) {
      return Optional.empty();
    }
    LapsedFamilies.Result result = lapsed.of(user, SHOWN);
    if (result.total() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "lapsed-families",
            "contact.panel.home.label",
            "contact/home-panel",
            Map.of(
                "families",
                result.shown(),
                "total",
                result.total(),
                "weeks",
                result.shown().stream().mapToInt(Lapsed::weeks).min().orElse(6))));
  }
}
