package org.goldenthread.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a single-use link by email, valid for one hour. Asking for a link says the
 * same whether or not the email has an account, and at most 5 links an hour go to one account.
 *
 * <p>The token travels in the link's query string, is exchanged at once for the link's id (which
 * the page keeps in the session, so that the address the browser keeps has no token), and is never
 * written to a log. Setting the password ends every session of the account and revokes its API
 * tokens; of two parallel uses of one link, one sets the password and the other finds the link
 * used.
 */
@Service
class PasswordResets {

  static final Duration LIFETIME = Duration.ofHours(1);
  static final int MAX_LINKS_PER_HOUR = 5;
  static final String PATH = "/reset-password";

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
                      baseUrl + PATH + "?token=" + token,
                      reset.expiresAt()));
            });
  }

  /** The id of the open link a token belongs to, or empty when it is unknown, used or expired. */
  @Transactional(readOnly = true)
  Optional<UUID> open(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return resets
        .findByTokenHash(secrets.hash(token))
        .filter(reset -> reset.isOpenAt(now))
        .map(PasswordReset::id);
  }

  @Transactional(readOnly = true)
  boolean isOpen(UUID resetId) {
    return resetId != null
        && resets.findById(resetId).filter(reset -> reset.isOpenAt(clock.instant())).isPresent();
  }

  /**
   * Sets the new password through a link. The account is locked first, so that two uses of its
   * links (the same one twice, or two of them) take turns: the first sets the password and closes
   * every link of the account, the second finds its link used.
   *
   * @return the message key of the problem with the password, or empty when it has been set
   * @throws LinkNoLongerOpen when the link has expired or was used, a moment ago included
   */
  @Transactional
  Optional<String> reset(UUID resetId, String newPassword) {
    Instant now = clock.instant();
    PasswordReset reset =
        resets
            .findById(resetId)
            .filter(found -> found.isOpenAt(now))
            .orElseThrow(LinkNoLongerOpen::new);
    UserAccount user = users.findForUpdate(reset.userId()).orElseThrow(LinkNoLongerOpen::new);
    Optional<String> problem = policy.problemWith(newPassword, user.email());
    if (problem.isPresent()) {
      return problem;
    }
    if (resets.use(resetId, now) == 0) {
      throw new LinkNoLongerOpen();
    }
    accounts.setPassword(user, newPassword, true, null);
    resets.closeAllFor(user.id(), now);
    return Optional.empty();
  }

  /** The link has expired or was used already. */
  static class LinkNoLongerOpen extends RuntimeException {
    LinkNoLongerOpen() {
      super("The link has expired or was used already", null, false, false);
    }
  }
}
