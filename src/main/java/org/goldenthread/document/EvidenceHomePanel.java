package org.goldenthread.document;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a SENCO's (or head's) home: the evidence families have shared that awaits the school's
 * response, across the children they may see, the late first; nothing when none waits.
 */
@Component
@Order(15)
class EvidenceHomePanel implements HomePanel {

  static final int MOST_SHOWN = 10;

  private final Documents documents;

  EvidenceHomePanel(Documents documents) {
    this.documents = documents;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    if (!seesChildren) {
      return Optional.empty();
    }
    List<AwaitingEvidence> awaiting = documents.awaitingFor(user);
    if (awaiting.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "evidence",
            "document.panel.home.heading",
            "document/home-panel",
            Map.of(
                "items",
                awaiting.subList(0, Math.min(MOST_SHOWN, awaiting.size())),
                "more",
                Math.max(0, awaiting.size() - MOST_SHOWN))));
  }
}
