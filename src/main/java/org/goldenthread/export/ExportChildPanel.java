package org.goldenthread.export;

import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "A copy of the record" on a child's page, for those who may have one (a parent with parental
 * responsibility, the young person from 16, the SENCO): the way to the export page. Nobody else
 * sees it.
 */
@Component
@Order(29)
class ExportChildPanel implements ChildPagePanel {

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    if (!ChildExport.mayExport(child)) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "export",
            "export.panel.heading",
            "export/child-panel",
            Map.of("childId", child.id(), "name", child.displayName())));
  }
}
