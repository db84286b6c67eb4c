package org.goldenthread.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: finding people, their names and their passwords. */
@Service
public class Accounts {

  private final UserAccountRepository users;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Accounts(
      UserAccountRepository users,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      ApplicationEventPublisher events,
      Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.policy = policy;
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

  /**
   * Creates an account holding one role, or adds the role to the account with that email. Used by
   * invitations and by the demo data; the password must already have passed the policy.
   */
  @Transactional
  public CurrentUser createOrGrant(
      String email, String name, String password, Role role, UUID organisationId) {
    UserAccount account =
        users
            .findByEmail(Emails.normalise(email))
            .orElseGet(
                () ->
                    users.save(
                        new UserAccount(email, name, encoder.encode(password), clock.instant())));
    account.grant(role, organisationId);
    return account.toCurrentUser();
  }

  @Transactional
  public void rename(UUID userId, String name) {
    users.findById(userId).orElseThrow().rename(name);
  }

  /**
   * Changes the password after checking the current one.
   *
   * @return the message key of the problem, keyed by form field, or empty when changed
   */
  @Transactional
  public Optional<FieldProblem> changePassword(
      UUID userId, String currentPassword, String newPassword) {
    UserAccount account = users.findById(userId).orElseThrow();
    if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
      return Optional.of(
          new FieldProblem("currentPassword", "identity.account.error.currentPasswordWrong"));
    }
    Optional<String> problem = policy.problemWith(newPassword, account.email());
    if (problem.isPresent()) {
      return Optional.of(new FieldProblem("newPassword", problem.get()));
    }
    setPassword(account, newPassword, false);
    return Optional.empty();
  }

  void setPassword(UserAccount account, String newPassword, boolean throughResetLink) {
    account.changePasswordHash(encoder.encode(newPassword));
    events.publishEvent(
        new PasswordChanged(
            account.id(), account.displayName(), account.email(), throughResetLink));
  }

  /** A form field and the message key of what is wrong with it. */
  public record FieldProblem(String field, String messageKey) {}
}
