package org.goldenthread.contact;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Contact log" on a child's page: when the family was last in touch and how ("12 October 2026 (a
 * phone call)"), the way to the log, and to record a contact for staff.
 */
@Component
@Order(27)
class LastInTouchChildPanel implements ChildPagePanel {

  private final ContactLog log;

  LastInTouchChildPanel(ContactLog log) {
    this.log = log;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    Map<String, Object> data = new HashMap<>();
    data.put("childId", child.id());
    data.put("mayRecord", log.mayRecord(child));
    log.lastInTouch(child).ifPresent(last -> data.put("last", last));
    return Optional.of(
        new PagePanel("contacts", "contact.panel.child.heading", "contact/child-panel", data));
  }
}
