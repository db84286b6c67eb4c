package org.goldenthread.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one way out for mail about a child. At the moment of sending it asks the child's door ({@link
 * ChildAccess}) whether the recipient may see the child now, and drops the mail when they may not:
 * someone whose consent was withdrawn, who left the team or whose information is limited hears
 * nothing more about the child, whatever event the mail answers. A dropped mail leaves a log line
 * that names no one. Mail about an account (sign-in, password, invitation) is not about a child and
 * does not come here.
 */
@Component
class ChildMail {

  private static final Logger log = LoggerFactory.getLogger(ChildMail.class);

  private final MailDelivery delivery;
  private final Accounts accounts;
  private final ChildAccess access;

  ChildMail(MailDelivery delivery, Accounts accounts, ChildAccess access) {
    this.delivery = delivery;
    this.accounts = accounts;
    this.access = access;
  }

  /**
   * Sends the letter about the child to the addressee, if they may see the child now.
   *
   * @return whether it was sent
   */
  boolean send(UUID childId, Addressee to, Letter letter) {
    Optional<String> address = addressOf(childId, to);
    if (address.isEmpty()) {
      log.info(
          "A {} mail about a child was not sent: its recipient may not see the child now",
          letter.kind());
      return false;
    }
    delivery.deliver(
        new MailMessage(address.get(), letter.subject(), letter.body(), letter.attachments()));
    return true;
  }

  /** Where the mail goes, when its addressee may see the child now; empty when they may not. */
  private Optional<String> addressOf(UUID childId, Addressee to) {
    if (to instanceof Addressee.Account account) {
      return accounts
          .findById(account.userId())
          .filter(user -> access.grant(user, childId).isPresent())
          .map(CurrentUser::email);
    }
    return Optional.empty();
  }

  /**
   * Who a mail about a child is for, checked against the child's record when it is sent. Today
   * every addressee has an account. A parent with parental responsibility but no account would be
   * another kind here, named by their entry on the child's family record and checked against that
   * record (still on it, information not limited) when the mail is sent.
   */
  sealed interface Addressee permits Addressee.Account {

    /** A person with an account: the mail goes to the account's address as it is when sent. */
    record Account(UUID userId) implements Addressee {}
  }

  /**
   * What a mail says: {@code kind} names it in the log ("meeting.update"), without personal data.
   */
  record Letter(String kind, String subject, String body, List<MailAttachment> attachments) {

    Letter {
      attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
  }
}
