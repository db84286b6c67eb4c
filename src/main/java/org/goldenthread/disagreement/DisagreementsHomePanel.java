package org.goldenthread.disagreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Mediation and appeal dates" on a family's home: shown only when the next option of one of their
 * disagreements has a deadline within four weeks, with the date and the way to the disagreement. It
 * shares its read with the deadlines on the same home.
 */
@Component
@Order(8)
class DisagreementsHomePanel implements HomePanel {

  private final Disagreements disagreements;

  DisagreementsHomePanel(Disagreements disagreements) {
    this.disagreements = disagreements;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    if (!seesChildren) {
      return Optional.empty();
    }
    List<DisagreementView> near = disagreements.nearForFamily(user);
    if (near.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "disagreement-dates",
            "disagreement.panel.home.heading",
            "disagreement/home-panel",
            Map.of("near", near, "today", disagreements.today())));
  }
}
