package org.goldenthread.notification;

import java.util.Locale;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.family.FamilyAddressee;
import org.goldenthread.family.FamilyLetters;
import org.goldenthread.inbox.InboxKind;
import org.goldenthread.notification.ChildMail.Addressee;
import org.goldenthread.notification.ChildMail.Letter;
import org.goldenthread.plan.ProvisionChanged;
import org.goldenthread.web.Dates;
import org.goldenthread.web.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The letter telling a family at once that a piece of their child's agreed support was changed,
 * paused, stopped or restarted by staff: what, why, from and until when, by whom, with a link to
 * the plan. It goes to every parent with parental responsibility on the family record, through
 * {@link ChildMail}.
 */
@Component
class ProvisionChangeMail {

  private final ChildMail mail;
  private final Children children;
  private final FamilyLetters family;
  private final MessageSource messages;
  private final Dates dates;
  private final String baseUrl;

  ProvisionChangeMail(
      ChildMail mail,
      Children children,
      FamilyLetters family,
      MessageSource messages,
      Dates dates,
      @Value("${goldenthread.base-url}") String baseUrl) {
    this.mail = mail;
    this.children = children;
    this.family = family;
    this.messages = messages;
    this.dates = dates;
    this.baseUrl = baseUrl;
  }

  @ApplicationModuleListener
  void on(ProvisionChanged event) {
    ChildSummary child = children.find(event.childId()).orElse(null);
    if (child == null) {
      return;
    }
    String kind = event.kind().name().toLowerCase(Locale.ROOT);
    String link = baseUrl + "/children/" + child.id() + "/plan/provisions/" + event.itemId();
    String when = when(event);
    String reason =
        event.reason() == null
            ? text("mail.provision.noReason")
            : text("mail.provision.reason", event.reason());
    for (FamilyAddressee parent : family.parents(child.id())) {
      mail.send(
          child.id(),
          new Addressee.FamilyMember(parent.memberId(), true),
          "provision." + kind,
          InboxKind.PROVISION_CHANGE,
          reader ->
              new Letter(
                  text("mail.provision." + kind + ".subject", child.name()),
                  text(
                          "mail.provision." + kind + ".body",
                          reader.name(),
                          child.displayName(),
                          event.description(),
                          when,
                          reason,
                          event.actorName(),
                          link)
                      + "\n\n"
                      + text("mail.footer.for", child.schoolName()),
                  null));
    }
  }

  private String when(ProvisionChanged event) {
    if (event.from() == null) {
      return "";
    }
    return event.until() == null
        ? text("mail.provision.from", dates.date(event.from()))
        : text("mail.provision.fromUntil", dates.date(event.from()), dates.date(event.until()));
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Language.current().locale());
  }
}
