package org.goldenthread.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Moving school" on a child's page: the move under way (its school, date, state and warnings, and
 * the family's answer waiting), past moves, and, for the SENCO or the authority's officer, the way
 * to propose one. Not shown to anyone else while there has been no move.
 */
@Component
@Order(24)
class TransferChildPanel implements ChildPagePanel {

  private final TransferReads reads;

  TransferChildPanel(TransferReads reads) {
    this.reads = reads;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    boolean mayPropose = Transfers.mayPropose(child);
    List<TransferView> all = reads.forChild(child);
    if (all.isEmpty() && !mayPropose) {
      return Optional.empty();
    }
    boolean open = all.stream().anyMatch(TransferView::open);
    return Optional.of(
        new PagePanel(
            "moving-school",
            "transfer.panel.child.heading",
            "transfer/child-panel",
            Map.of(
                "childId",
                child.id(),
                "transfers",
                all,
                "mayPropose",
                mayPropose && !open,
                "family",
                Transfers.mayAnswer(child))));
  }
}
