package org.goldenthread.message;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.Children;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the home of anyone with unread messages: how many, about which children (those with the most
 * first, the first {@value #SHOWN}).
 */
@Component
@Order(5)
class UnreadMessagesHomePanel implements HomePanel {

  static final int SHOWN = 10;

  private final Messages messages;
  private final Children children;

  UnreadMessagesHomePanel(Messages messages, Children children) {
    this.messages = messages;
    this.children = children;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    if (!seesChildren) {
      return Optional.empty();
    }
    Map<UUID, Integer> unread = messages.unreadByChild(user);
    if (unread.isEmpty()) {
      return Optional.empty();
    }
    List<UUID> shown = unread.keySet().stream().limit(SHOWN).toList();
    Map<UUID, String> names = children.displayNames(shown);
    List<UnreadAbout> rows =
        shown.stream().map(id -> new UnreadAbout(id, names.get(id), unread.get(id))).toList();
    return Optional.of(
        new PagePanel(
            "unread-messages",
            "message.panel.home.heading",
            "message/home-panel",
            Map.of(
                "children",
                rows,
                "total",
                unread.values().stream().mapToInt(Integer::intValue).sum())));
  }
}
