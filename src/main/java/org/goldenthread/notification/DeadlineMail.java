package org.goldenthread.notification;

import java.util.UUID;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.family.FamilyAddressee;
import org.goldenthread.inbox.DeadlineNoticeAudience;
import org.goldenthread.inbox.InboxKind;
import org.goldenthread.notification.ChildMail.Addressee;
import org.goldenthread.notification.ChildMail.Letter;
import org.goldenthread.statutory.DeadlineNoticeDue;
import org.goldenthread.web.Dates;
import org.goldenthread.web.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The letters about a statutory deadline: 5 working days before its last day, and when it was
 * missed. They go to every parent with parental responsibility on the family record, so that the
 * family knows what is due, from whom and by when, and what they can do when a date passes, and to
 * the staff who answer for the date (the school's SENCOs, or the authority's officers), as {@link
 * DeadlineNoticeAudience} names them for the letters and the inbox alike; each links to the page of
 * the deadline's record (the assessment, the annual review) and goes out through {@link ChildMail}.
 */
@Component
class DeadlineMail {

  private final ChildMail mail;
  private final Children children;
  private final DeadlineNoticeAudience audience;
  private final MessageSource messages;
  private final Dates dates;
  private final String baseUrl;

  DeadlineMail(
      ChildMail mail,
      Children children,
      DeadlineNoticeAudience audience,
      MessageSource messages,
      Dates dates,
      @Value("${goldenthread.base-url}") String baseUrl) {
    this.mail = mail;
    this.children = children;
    this.audience = audience;
    this.messages = messages;
    this.dates = dates;
    this.baseUrl = baseUrl;
  }

  @ApplicationModuleListener
  void on(DeadlineNoticeDue event) {
    ChildSummary child = children.find(event.childId()).orElse(null);
    if (child == null) {
      return;
    }
    String which = event.notice().name();
    String what = text("deadline.kind." + event.kind());
    String who =
        event.ownerName() != null
            ? event.ownerName()
            : text("deadline.owner." + event.owner()).toLowerCase(Language.current().locale());
    String link = baseUrl + (event.page() != null ? event.page() : "/children/" + child.id());
    for (FamilyAddressee parent : audience.parents(child.id())) {
      mail.send(
          child.id(),
          new Addressee.FamilyMember(parent.memberId(), true),
          "deadline." + which,
          InboxKind.DEADLINE,
          reader ->
              new Letter(
                  text(
                      "mail.deadline." + which + ".subject",
                      what,
                      child.name(),
                      dates.date(event.lastDay())),
                  text(
                          "mail.deadline." + which + ".body",
                          reader.name(),
                          lowerFirst(what),
                          child.displayName(),
                          child.schoolName(),
                          dates.date(event.lastDay()),
                          who,
                          link,
                          late(event))
                      + "\n\n"
                      + text("mail.footer.for", child.schoolName()),
                  null));
    }
    for (UUID userId : audience.staffWhoAct(event.owner(), child.schoolId())) {
      mail.send(
          child.id(),
          new ChildMail.Addressee.Account(userId),
          "deadline.staff." + which,
          InboxKind.DEADLINE,
          reader ->
              new Letter(
                  text(
                      "mail.deadline." + which + ".subject",
                      what,
                      child.name(),
                      dates.date(event.lastDay())),
                  text(
                      "mail.deadline.staff." + which + ".body",
                      reader.name(),
                      lowerFirst(what),
                      child.displayName(),
                      child.schoolName(),
                      dates.date(event.lastDay()),
                      who,
                      link),
                  null));
    }
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private String late(DeadlineNoticeDue event) {
    return event.owner() == DeadlineOwner.FAMILY ? "" : text("deadline.late." + event.owner());
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Language.current().locale());
  }
}
