package org.goldenthread.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: finding people, their names, their passwords and the roles they hold. Every role grant
 * passes through here, so that nobody grants a role to themselves and every grant is announced
 * ({@link RoleGranted}) with who made it. A changed password ends the account's other sessions and
 * revokes its API tokens.
 */
@Service
public class Accounts {

  private final UserAccountRepository users;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final ApiTokens tokens;
  private final AccountSessions sessions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Accounts(
      UserAccountRepository users,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      ApiTokens tokens,
      AccountSessions sessions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.policy = policy;
    this.tokens = tokens;
    this.sessions = sessions;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<CurrentUser> findByEmail(String email) {
    return users.findByEmail(Emails.normalise(email)).map(UserAccount::toCurrentUser);
  }

  @Transactional(readOnly = true)
  public Optional<CurrentUser> findById(UUID id) {
    return users.findById(id).map(UserAccount::toCurrentUser);
  }

  /** The language the person chose for pages and emails, if they chose one. */
  @Transactional(readOnly = true)
  public Optional<Language> languageOf(UUID userId) {
    return users.languageOf(userId).flatMap(Language::ofTag);
  }

  /** Keeps the person's choice of language for pages and emails, on every device. */
  @Transactional
  public void chooseLanguage(UUID userId, Language language) {
    users.chooseLanguage(userId, language.tag());
  }

  /** Who holds a role at an organisation (a school's SENCOs, an authority's officers), enabled. */
  @Transactional(readOnly = true)
  public List<UUID> holding(Role role, UUID organisationId) {
    return organisationId == null ? List.of() : users.idsHolding(role, organisationId);
  }

  /** The account's version, as a form that changes it must send back. */
  @Transactional(readOnly = true)
  public long versionOf(UUID id) {
    return users.findById(id).orElseThrow().version();
  }

  /**
   * Creates an account holding one role, or adds the role to the account with that email. The grant
   * is made by the person signed in (or by Golden Thread itself when nobody is, as for the demo
   * data); the password must already have passed the policy.
   *
   * @throws InvitationRefused when the person signed in would grant the role to themselves
   */
  @Transactional
  public CurrentUser createOrGrant(
      String email, String name, String password, Role role, UUID organisationId) {
    return grant(email, name, password, role, organisationId, signedInId());
  }

  /**
   * The one place where a role is granted. Nobody grants a role to themselves; a role granted anew
   * is announced with the person who granted it.
   *
   * @param grantedBy who grants it: the signed-in person, the sender of an invitation, or null for
   *     Golden Thread itself
   */
  CurrentUser grant(
      String email, String name, String password, Role role, UUID organisationId, UUID grantedBy) {
    UserAccount account =
        users
            .findByEmail(Emails.normalise(email))
            .orElseGet(
                () ->
                    users.save(
                        new UserAccount(email, name, encoder.encode(password), clock.instant())));
    if (account.id().equals(grantedBy)) {
      throw new InvitationRefused("email", "identity.grant.error.self");
    }
    if (account.grant(role, organisationId)) {
      events.publishEvent(
          new RoleGranted(
              account.id(),
              account.displayName(),
              account.email(),
              role,
              organisationId,
              grantedBy,
              grantedBy == null
                  ? null
                  : users.findById(grantedBy).map(UserAccount::displayName).orElse(null)));
    }
    return account.toCurrentUser();
  }

  /**
   * Changes the name others see.
   *
   * @param version the account's version when the form was read
   * @throws EditConflict when the account changed since (another tab, another device)
   */
  @Transactional
  public void rename(UUID userId, String name, long version) {
    UserAccount account = users.findById(userId).orElseThrow();
    EditConflict.check(version, account.version());
    account.rename(name);
    flush(account);
  }

  /**
   * Changes the password after checking the current one, then ends every other session of the
   * account and revokes all its API tokens.
   *
   * @param version the account's version when the form was read
   * @param keepSessionId the session the change was made in, which stays signed in
   * @return the message key of the problem, keyed by form field, or empty when changed
   * @throws EditConflict when the account changed since the form was read, or at the same moment (a
   *     second change in parallel)
   */
  @Transactional
  public Optional<FieldProblem> changePassword(
      UUID userId, long version, String currentPassword, String newPassword, String keepSessionId) {
    UserAccount account = users.findById(userId).orElseThrow();
    EditConflict.check(version, account.version());
    if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
      return Optional.of(
          new FieldProblem("currentPassword", "identity.account.error.currentPasswordWrong"));
    }
    Optional<String> problem = policy.problemWith(newPassword, account.email());
    if (problem.isPresent()) {
      return Optional.of(new FieldProblem("newPassword", problem.get()));
    }
    setPassword(account, newPassword, false, keepSessionId);
    return Optional.empty();
  }

  /**
   * Sets a new password, revokes every API token of the account and ends every session signed in as
   * it except the one kept (none, through a reset link).
   */
  void setPassword(
      UserAccount account, String newPassword, boolean throughResetLink, String keepSessionId) {
    account.changePasswordHash(encoder.encode(newPassword));
    flush(account);
    tokens.revokeAllFor(account.id());
    sessions.endAllExcept(account.email(), keepSessionId);
    events.publishEvent(
        new PasswordChanged(
            account.id(), account.displayName(), account.email(), throughResetLink));
  }

  /** Writes the change now, so that a parallel change of the same account is a conflict here. */
  private void flush(UserAccount account) {
    try {
      users.saveAndFlush(account);
    } catch (ObjectOptimisticLockingFailureException e) {
      throw new EditConflict();
    }
  }

  private static UUID signedInId() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
        ? user.id()
        : null;
  }

  /** A form field and the message key of what is wrong with it. */
  public record FieldProblem(String field, String messageKey) {}
}
