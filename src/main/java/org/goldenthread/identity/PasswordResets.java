package org.goldenthread.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a single-use link by email, valid for one hour. Asking for a link says the
 * same whether or not the email has an account, and at most 5 links an hour go to one account.
 */
@Service
class PasswordResets {

  static final Duration LIFETIME = Duration.ofHours(1);
  static final int MAX_LINKS_PER_HOUR = 5;

  private final PasswordResetRepository resets;
  private final UserAccountRepository users;
  private final Accounts accounts;
  private final PasswordPolicy policy;
  private final SecretTokens secrets;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final String baseUrl;

  PasswordResets(
      PasswordResetRepository resets,
      UserAccountRepository users,
      Accounts accounts,
      PasswordPolicy policy,
      SecretTokens secrets,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${goldenthread.base-url}") String baseUrl) {
    this.resets = resets;
    this.users = users;
    this.accounts = accounts;
    this.policy = policy;
    this.secrets = secrets;
    this.events = events;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  @Transactional
  void request(String email) {
    Instant now = clock.instant();
    users
        .findByEmail(Emails.normalise(email))
        .filter(UserAccount::enabled)
        .filter(
            user ->
                resets.countForUserSince(user.id(), now.minus(Duration.ofHours(1)))
                    < MAX_LINKS_PER_HOUR)
        .ifPresent(
            user -> {
              String token = secrets.newToken();
              PasswordReset reset =
                  resets.save(
                      new PasswordReset(user.id(), secrets.hash(token), now, now.plus(LIFETIME)));
              events.publishEvent(
                  new PasswordResetRequested(
                      user.id(),
                      user.displayName(),
                      user.email(),
                      baseUrl + "/reset-password/" + token,
                      reset.expiresAt()));
            });
  }

  @Transactional(readOnly = true)
  boolean isOpen(String token) {
    return findOpen(token).isPresent();
  }

  /**
   * Sets the new password through a link.
   *
   * @return the message key of the problem with the password, or empty when it has been set
   */
  @Transactional
  Optional<String> reset(String token, String newPassword) {
    PasswordReset reset = findOpen(token).orElseThrow(LinkNoLongerOpen::new);
    UserAccount user = users.findById(reset.userId()).orElseThrow(LinkNoLongerOpen::new);
    Optional<String> problem = policy.problemWith(newPassword, user.email());
    if (problem.isPresent()) {
      return problem;
    }
    accounts.setPassword(user, newPassword, true);
    resets.closeAllFor(user.id(), clock.instant());
    return Optional.empty();
  }

  private Optional<PasswordReset> findOpen(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return resets.findByTokenHash(secrets.hash(token)).filter(reset -> reset.isOpenAt(now));
  }

  /** The link has expired or was used already. */
  static class LinkNoLongerOpen extends RuntimeException {}
}
