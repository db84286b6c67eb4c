package org.goldenthread.document;

import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Documents and evidence" on a child's page: how many documents have been shared, how many from
 * the family await the school's response, and the way to the list and the form to share one.
 */
@Component
@Order(28)
class DocumentsChildPanel implements ChildPagePanel {

  private final Documents documents;

  DocumentsChildPanel(Documents documents) {
    this.documents = documents;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    DocumentRepository.Counts counts = documents.counts(child);
    return Optional.of(
        new PagePanel(
            "documents",
            "document.panel.child.heading",
            "document/child-panel",
            Map.of("childId", child.id(), "total", counts.total(), "awaiting", counts.awaiting())));
  }
}
