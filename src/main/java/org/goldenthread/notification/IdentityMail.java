package org.goldenthread.notification;

import java.time.Instant;
import java.util.Optional;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.InvitationIssued;
import org.goldenthread.identity.PasswordChanged;
import org.goldenthread.identity.PasswordResetRequested;
import org.goldenthread.web.Dates;
import org.goldenthread.web.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails that identity's events call for: invitations to a role, reset links, password changes.
 * Each names who sent it (the person who invited, or Golden Thread itself for a password) and where
 * the account is used, says what to do next and carries its link. An invitation whose link travels
 * in a letter of its own (a family invitation, which names the child) is not mailed here.
 */
@Component
class IdentityMail {

  private final MailQueue queue;
  private final MessageSource messages;
  private final OrganisationNames organisations;
  private final AccountSenders senders;
  private final Accounts accounts;
  private final Dates dates;
  private final String baseUrl;

  IdentityMail(
      MailQueue queue,
      MessageSource messages,
      OrganisationNames organisations,
      AccountSenders senders,
      Accounts accounts,
      Dates dates,
      @Value("${goldenthread.base-url}") String baseUrl) {
    this.queue = queue;
    this.messages = messages;
    this.organisations = organisations;
    this.senders = senders;
    this.accounts = accounts;
    this.dates = dates;
    this.baseUrl = baseUrl;
  }

  @ApplicationModuleListener
  void on(InvitationIssued event) {
    if (!event.mailed()) {
      return;
    }
    Language language =
        accounts
            .findByEmail(event.email())
            .map(account -> languageOf(account.id()))
            .orElse(Language.ENGLISH);
    queue.enqueue(language.writing(() -> invitation(event)));
  }

  /** An invitation to a role, to someone who may have no account yet. */
  private MailMessage invitation(InvitationIssued event) {
    Optional<String> where = organisations.nameOf(event.organisationId());
    String role = text("mail.role." + event.role().name());
    String sender =
        senders.describe(event.invitedBy(), event.organisationId()).orElse(text("mail.footer"));
    String senderName =
        Optional.ofNullable(event.invitedBy())
            .flatMap(accounts::findById)
            .map(CurrentUser::displayName)
            .orElse(text("mail.footer"));
    return new MailMessage(
        event.email(),
        where
            .map(name -> text("mail.invitation.subject.at", senderName, name))
            .orElse(text("mail.invitation.subject", senderName)),
        signed(
            text(
                "mail.invitation.body",
                event.name(),
                sender,
                where.map(name -> text("mail.sender.at", role, name)).orElse(role),
                event.link(),
                when(event.expiresAt()),
                senderName)));
  }

  @ApplicationModuleListener
  void on(PasswordResetRequested event) {
    queue.enqueue(
        languageOf(event.userId())
            .writing(
                () ->
                    new MailMessage(
                        event.email(),
                        text("mail.passwordReset.subject"),
                        signed(
                            text(
                                "mail.passwordReset.body",
                                event.name(),
                                event.email(),
                                usedAt(accounts.findById(event.userId())),
                                event.link(),
                                when(event.expiresAt()))))));
  }

  @ApplicationModuleListener
  void on(PasswordChanged event) {
    Optional<CurrentUser> account = accounts.findById(event.userId());
    queue.enqueue(
        languageOf(event.userId())
            .writing(
                () ->
                    new MailMessage(
                        event.email(),
                        text("mail.passwordChanged.subject"),
                        signed(
                            text(
                                "mail.passwordChanged.body",
                                event.name(),
                                event.email(),
                                usedAt(account),
                                baseUrl + "/forgotten-password",
                                text(
                                    event.throughResetLink()
                                        ? "mail.passwordChanged.how.link"
                                        : "mail.passwordChanged.how.page"),
                                account
                                    .flatMap(senders::organisationOf)
                                    .orElse(text("mail.passwordChanged.tell")))))));
  }

  /** " (used at Riverside Academy)", or nothing for an account held at no organisation. */
  private String usedAt(Optional<CurrentUser> account) {
    return account
        .flatMap(senders::organisationOf)
        .map(where -> text("mail.account.usedAt", where))
        .orElse("");
  }

  private String signed(String body) {
    return body + "\n\n" + text("mail.footer");
  }

  /**
   * The language the person chose, else English: mail about an account knows nothing of the family
   * records that might say otherwise.
   */
  private Language languageOf(java.util.UUID userId) {
    return accounts.languageOf(userId).orElse(Language.ENGLISH);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Language.current().locale());
  }

  private String when(Instant instant) {
    return dates.dateTime(instant);
  }
}
