package org.goldenthread.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.family.FamilyAddressee;
import org.goldenthread.family.FamilyLetters;
import org.goldenthread.family.ReaderLanguages;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.inbox.EmailChoice;
import org.goldenthread.inbox.InboxKind;
import org.goldenthread.inbox.NotificationPreferences;
import org.goldenthread.web.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one way out for mail about a child. At the moment of sending it checks that the addressee may
 * hear about the child now, and drops the mail when they may not: someone with an account must pass
 * the child's door ({@link ChildAccess}), so that someone whose consent was withdrawn, who left the
 * team or whose information is limited hears nothing more; someone named by their entry on the
 * family record must still be on it, with no limit recorded on them (and parental responsibility,
 * for the letters that need it). A letter that is the immediate email of an inbox kind goes to a
 * person with an account only when they chose immediate email for that kind. A dropped mail leaves
 * a log line that names no one. It is queued ({@link MailQueue}) in the listener's transaction.
 * Mail about an account (sign-in, password, invitation to a role) is not about a child and does not
 * come here.
 */
@Component
class ChildMail {

  private static final Logger log = LoggerFactory.getLogger(ChildMail.class);

  private final MailQueue queue;
  private final Accounts accounts;
  private final ChildAccess access;
  private final FamilyLetters family;
  private final NotificationPreferences preferences;
  private final ReaderLanguages languages;

  ChildMail(
      MailQueue queue,
      Accounts accounts,
      ChildAccess access,
      FamilyLetters family,
      NotificationPreferences preferences,
      ReaderLanguages languages) {
    this.queue = queue;
    this.accounts = accounts;
    this.access = access;
    this.family = family;
    this.preferences = preferences;
    this.languages = languages;
  }

  /**
   * Sends the letter that {@code write} writes for the addressee as they are now (their name, and
   * whether they have an account yet), if they may hear about the child now; nothing is written for
   * someone who may not.
   *
   * @param kind names the letter in the log ("meeting.update"), without personal data
   * @return whether it was sent
   */
  boolean send(UUID childId, Addressee to, String kind, Function<Reader, Letter> write) {
    return send(childId, to, kind, null, write);
  }

  /**
   * Sends the letter, as {@link #send(UUID, Addressee, String, Function)} does, when it is the
   * immediate email of an inbox kind ({@code notice}) only to someone who chose immediate email for
   * it: a person with an account who chose the daily digest or no email for the kind reads it in
   * their inbox (and digest) instead. A family member with no account has no inbox and no choice:
   * they get every letter.
   */
  boolean send(
      UUID childId, Addressee to, String kind, InboxKind notice, Function<Reader, Letter> write) {
    Optional<Reader> reader = readerOf(childId, to);
    if (reader.isEmpty()) {
      log.info(
          "A {} mail about a child was not sent: its recipient may not hear about the child now",
          kind);
      return false;
    }
    if (notice != null
        && reader.get().userId() != null
        && preferences.choiceOf(reader.get().userId(), notice) != EmailChoice.IMMEDIATE) {
      log.debug("A {} mail was not sent: its recipient chose not to get it at once", kind);
      return false;
    }
    Letter letter = reader.get().language().writing(() -> write.apply(reader.get()));
    queue.enqueue(
        new MailMessage(
            reader.get().email(),
            letter.subject(),
            letter.body(),
            letter.attachments(),
            letter.onceKey()));
    return true;
  }

  /** Who reads the mail and where it goes, when they may hear about the child now. */
  private Optional<Reader> readerOf(UUID childId, Addressee to) {
    if (to instanceof Addressee.Account account) {
      return mayRead(account.userId(), childId)
          .map(user -> new Reader(user, null, languageOf(user)));
    }
    Addressee.FamilyMember member = (Addressee.FamilyMember) to;
    return family
        .member(childId, member.memberId())
        .filter(entry -> !entry.informationLimited())
        .filter(entry -> entry.parentalResponsibility() || !member.parentalResponsibility())
        .flatMap(entry -> readerOf(childId, entry));
  }

  /** A family member with an account reads it there, through the door; one without, by email. */
  private Optional<Reader> readerOf(UUID childId, FamilyAddressee entry) {
    if (entry.userId() != null) {
      return mayRead(entry.userId(), childId)
          .map(user -> new Reader(user, entry, languages.of(user.id(), entry.preferredLanguage())));
    }
    Language language = languages.of(null, entry.preferredLanguage());
    return Optional.ofNullable(entry.email())
        .map(email -> new Reader(entry.name(), email, entry.memberId(), false, null, language));
  }

  private Language languageOf(CurrentUser user) {
    return languages.of(user.id());
  }

  private Optional<CurrentUser> mayRead(UUID userId, UUID childId) {
    return accounts.findById(userId).filter(user -> access.grant(user, childId).isPresent());
  }

  /**
   * Sends a letter about several children to a person with an account (the daily digest), naming
   * only the children the door lets them see now: {@code write} is given those. Nothing is sent
   * when they may see none of them.
   *
   * @return whether it was sent
   */
  boolean sendAbout(
      Collection<UUID> childIds,
      UUID userId,
      String kind,
      BiFunction<Reader, Set<UUID>, Letter> write) {
    Optional<CurrentUser> user = accounts.findById(userId);
    if (user.isEmpty()) {
      return false;
    }
    Set<UUID> visible = access.visibleAmong(user.get(), childIds);
    if (visible.isEmpty()) {
      log.info("A {} mail was not sent: its recipient may not hear about its children now", kind);
      return false;
    }
    Reader reader = new Reader(user.get(), null, languageOf(user.get()));
    Letter letter = reader.language().writing(() -> write.apply(reader, visible));
    queue.enqueue(
        new MailMessage(
            reader.email(),
            letter.subject(),
            letter.body(),
            letter.attachments(),
            letter.onceKey()));
    return true;
  }

  /**
   * Who a mail about a child is for, checked against the child's record when it is sent: a person
   * with an account, or a family member named by their entry on the family record.
   */
  sealed interface Addressee permits Addressee.Account, Addressee.FamilyMember {

    /** A person with an account: the mail goes to the account's address as it is when sent. */
    record Account(UUID userId) implements Addressee {}

    /**
     * A family member, by their entry on the child's family record: the mail goes to their account
     * once they have one, and until then to the address on the record.
     *
     * @param parentalResponsibility whether the letter is only for someone who holds it (meeting
     *     letters); an invitation to the record may go to any family member
     */
    record FamilyMember(UUID memberId, boolean parentalResponsibility) implements Addressee {}
  }

  /**
   * The person a letter is written for, as they are when it is sent.
   *
   * @param familyMemberId their entry on the family record, when the letter went to them by it
   * @param hasAccount false for a family member known only by email, who is not signed up yet
   * @param userId their account, or null when they have none
   * @param language the language the letter is written in ({@link ReaderLanguages})
   */
  record Reader(
      String name,
      String email,
      UUID familyMemberId,
      boolean hasAccount,
      UUID userId,
      Language language) {

    Reader(String name, String email, UUID familyMemberId, boolean hasAccount) {
      this(name, email, familyMemberId, hasAccount, null, Language.ENGLISH);
    }

    Reader(CurrentUser user, FamilyAddressee entry, Language language) {
      this(
          entry == null ? user.displayName() : entry.name(),
          user.email(),
          entry == null ? null : entry.memberId(),
          true,
          user.id(),
          language);
    }
  }

  /**
   * What a mail says, with any files attached.
   *
   * @param onceKey names the letter when its event may be handled twice, so that it is queued once
   *     ({@link MailMessage#onceKey()}); null for none
   */
  record Letter(String subject, String body, List<MailAttachment> attachments, String onceKey) {

    Letter {
      attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    Letter(String subject, String body, List<MailAttachment> attachments) {
      this(subject, body, attachments, null);
    }

    /** The same letter, queued once under this key. */
    Letter once(String key) {
      return new Letter(subject, body, attachments, key);
    }
  }
}
