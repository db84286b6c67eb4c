package org.goldenthread.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Pupils moving school" on a SENCO's home: the pupils joining their school whose families have
 * agreed (each a link to the child's record), and the pupils who have moved on from it (each a link
 * to the read-only copy of the record the school keeps, which is the SENCOs' alone).
 */
@Component
@Order(35)
class TransferHomePanel implements HomePanel {

  private final TransferReads reads;

  TransferHomePanel(TransferReads reads) {
    this.reads = reads;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    List<TransferView> incoming = reads.incoming(user);
    List<TransferView> movedOn = reads.movedOn(user);
    if (incoming.isEmpty() && movedOn.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "moving-school",
            "transfer.panel.home.heading",
            "transfer/home-panel",
            Map.of("incoming", incoming, "movedOn", movedOn)));
  }
}
