package org.goldenthread.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, checks and revokes API bearer tokens. A token lives 12 hours. */
@Service
class ApiTokens {

  static final Duration LIFETIME = Duration.ofHours(12);

  private final ApiTokenRepository tokens;
  private final UserAccountRepository users;
  private final SecretTokens secrets;
  private final Clock clock;

  ApiTokens(
      ApiTokenRepository tokens, UserAccountRepository users, SecretTokens secrets, Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.secrets = secrets;
    this.clock = clock;
  }

  @Transactional
  IssuedToken issue(CurrentUser user) {
    String token = secrets.newToken();
    Instant now = clock.instant();
    ApiToken stored =
        tokens.save(new ApiToken(user.id(), secrets.hash(token), now, now.plus(LIFETIME)));
    return new IssuedToken(token, stored.expiresAt());
  }

  /** The person a token belongs to, while it is neither expired nor revoked. */
  @Transactional(readOnly = true)
  Optional<CurrentUser> authenticate(String token) {
    Instant now = clock.instant();
    return tokens
        .findByTokenHash(secrets.hash(token))
        .filter(stored -> stored.isUsableAt(now))
        .flatMap(stored -> users.findById(stored.userId()))
        .filter(UserAccount::enabled)
        .map(account -> account.toCurrentUser().withoutPassword());
  }

  @Transactional
  void revoke(String token) {
    tokens.findByTokenHash(secrets.hash(token)).ifPresent(stored -> stored.revoke(clock.instant()));
  }

  /** Revokes every token of one person, as when their password changes. */
  @Transactional
  void revokeAllFor(UUID userId) {
    tokens.revokeAllFor(userId, clock.instant());
  }

  record IssuedToken(String token, Instant expiresAt) {}
}
