package org.goldenthread.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.inbox.DigestDue;
import org.goldenthread.notification.ChildMail.Letter;
import org.goldenthread.web.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The daily digest, one email listing each item with the child, the school, what happened and the
 * link to its page; the inbox claimed it once for the person and the day. It goes out through
 * {@link ChildMail}, which leaves out every child the person may no longer see (and sends nothing
 * when none is left), once for the person and the day even if the event is handled twice.
 */
@Component
class DigestMail {

  private final ChildMail mail;
  private final Children children;
  private final MessageSource messages;
  private final String baseUrl;

  DigestMail(
      ChildMail mail,
      Children children,
      MessageSource messages,
      @Value("${goldenthread.base-url}") String baseUrl) {
    this.mail = mail;
    this.children = children;
    this.messages = messages;
    this.baseUrl = baseUrl;
  }

  @ApplicationModuleListener
  void on(DigestDue event) {
    Set<UUID> childIds =
        event.items().stream().map(DigestDue.Item::childId).collect(Collectors.toSet());
    Map<UUID, ChildSummary> about = new HashMap<>();
    childIds.forEach(id -> children.find(id).ifPresent(child -> about.put(id, child)));
    mail.sendAbout(
        about.keySet(),
        event.userId(),
        "digest",
        (reader, visible) -> {
          List<DigestDue.Item> shown =
              event.items().stream().filter(item -> visible.contains(item.childId())).toList();
          String list =
              shown.stream()
                  .map(
                      item ->
                          text(
                              "mail.digest.item",
                              item.title(),
                              about.get(item.childId()).displayName(),
                              about.get(item.childId()).schoolName(),
                              baseUrl + item.link()))
                  .collect(Collectors.joining("\n\n"));
          return new Letter(
                  text("mail.digest.subject", shown.size()),
                  text("mail.digest.body", reader.name(), list, baseUrl + "/account/notifications")
                      + "\n\n"
                      + text("mail.digest.footer"),
                  null)
              .once("digest:" + event.userId() + ":" + event.day());
        });
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Language.current().locale());
  }
}
