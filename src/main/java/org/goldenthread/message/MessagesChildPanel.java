package org.goldenthread.message;

import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Messages" on a child's page: how many the person has not read, and the way to the threads. */
@Component
@Order(25)
class MessagesChildPanel implements ChildPagePanel {

  private final Messages messages;

  MessagesChildPanel(Messages messages) {
    this.messages = messages;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    return Optional.of(
        new PagePanel(
            "messages",
            "message.panel.child.heading",
            "message/child-panel",
            Map.of("childId", child.id(), "unread", messages.unread(child))));
  }
}
