package org.goldenthread.notification;

import java.util.Locale;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.inbox.InboxItemAdded;
import org.goldenthread.notification.ChildMail.Addressee;
import org.goldenthread.notification.ChildMail.Letter;
import org.goldenthread.web.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The email sent at once for an inbox item of a kind with no letter of its own (a message, a
 * request or its answer, an action due, a meeting coming up, new evidence) to whoever chose
 * immediate email for its kind: what happened, the child, the school and who did it, with a link to
 * the page. It goes out through {@link ChildMail}, which checks both the door and the choice; once
 * for the item, even if the event is handled twice.
 */
@Component
class ImmediateMail {

  private final ChildMail mail;
  private final Children children;
  private final AccountSenders senders;
  private final MessageSource messages;
  private final String baseUrl;

  ImmediateMail(
      ChildMail mail,
      Children children,
      AccountSenders senders,
      MessageSource messages,
      @Value("${goldenthread.base-url}") String baseUrl) {
    this.mail = mail;
    this.children = children;
    this.senders = senders;
    this.messages = messages;
    this.baseUrl = baseUrl;
  }

  @ApplicationModuleListener
  void on(InboxItemAdded event) {
    if (event.byLetter()) {
      return;
    }
    ChildSummary child = children.find(event.childId()).orElse(null);
    if (child == null) {
      return;
    }
    String from =
        senders
            .describe(event.fromId(), child.schoolId())
            .orElseGet(() -> text("mail.inbox.from.nobody"));
    mail.send(
        child.id(),
        new Addressee.Account(event.userId()),
        "inbox." + event.kind().name().toLowerCase(Locale.ROOT),
        event.kind(),
        reader ->
            new Letter(
                    text("mail.inbox.subject", event.title()),
                    text(
                            "mail.inbox.body",
                            reader.name(),
                            event.title(),
                            from,
                            child.displayName(),
                            child.schoolName(),
                            baseUrl + event.link(),
                            baseUrl + "/account/notifications")
                        + "\n\n"
                        + text("mail.footer.for", child.schoolName()),
                    null)
                .once("inbox:" + event.itemId()));
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Language.current().locale());
  }
}
