package org.goldenthread.notification;

import java.util.List;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.family.FamilyMemberInvited;
import org.goldenthread.notification.ChildMail.Addressee;
import org.goldenthread.notification.ChildMail.Letter;
import org.goldenthread.web.Dates;
import org.goldenthread.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The invitation to a child's record that the school sends a family member: it names the child, the
 * school and who sent it, and carries the link to create an account. It goes out through {@link
 * ChildMail}, so only while they are on the family record with no limit recorded on them.
 */
@Component
class FamilyInvitationMail {

  private final ChildMail mail;
  private final Children children;
  private final AccountSenders senders;
  private final MessageSource messages;
  private final Dates dates;

  FamilyInvitationMail(
      ChildMail mail,
      Children children,
      AccountSenders senders,
      MessageSource messages,
      Dates dates) {
    this.mail = mail;
    this.children = children;
    this.senders = senders;
    this.messages = messages;
    this.dates = dates;
  }

  @ApplicationModuleListener
  void on(FamilyMemberInvited event) {
    ChildSummary child = children.find(event.childId()).orElse(null);
    if (child == null) {
      return;
    }
    String school = child.schoolName();
    String sender =
        senders
            .describe(event.invitedBy(), child.schoolId())
            .orElse(text("mail.footer.for", school));
    mail.send(
        child.id(),
        new Addressee.FamilyMember(event.memberId(), false),
        "family.invitation",
        reader ->
            new Letter(
                text("mail.familyInvitation.subject", child.displayName(), school),
                text(
                        "mail.familyInvitation.body",
                        reader.name(),
                        sender,
                        child.displayName(),
                        school,
                        event.link().url(),
                        dates.dateTime(event.link().expiresAt()))
                    + "\n\n"
                    + text("mail.footer.for", school),
                List.of()));
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Language.current().locale());
  }
}
