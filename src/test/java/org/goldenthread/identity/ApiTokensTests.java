package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.goldenthread.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token handling: a token works until it expires or is revoked, and only its hash is kept. */
class ApiTokensTests {

  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  private final SecretTokens secrets = new SecretTokens("a-test-secret-of-enough-length-123");
  private final ApiTokenRepository tokens = mock(ApiTokenRepository.class);
  private final UserAccountRepository users = mock(UserAccountRepository.class);
  private final AtomicReference<ApiToken> stored = new AtomicReference<>();
  private final UserAccount account =
      new UserAccount("sam@example.org", "Sam Patel", "{noop}x", clock.instant());
  private ApiTokens apiTokens;

  @BeforeEach
  void setUp() {
    account.grant(Role.PARENT, null);
    when(tokens.save(any()))
        .thenAnswer(
            call -> {
              stored.set(call.getArgument(0));
              return call.getArgument(0);
            });
    when(tokens.findByTokenHash(any()))
        .thenAnswer(
            call ->
                Optional.ofNullable(stored.get())
                    .filter(token -> token.tokenHash().equals(call.getArgument(0))));
    when(users.findById(account.id())).thenReturn(Optional.of(account));
    apiTokens = new ApiTokens(tokens, users, secrets, clock);
  }

  private String issue() {
    ApiTokens.IssuedToken issued = apiTokens.issue(account.toCurrentUser());
    assertThat(stored.get().tokenHash()).isEqualTo(secrets.hash(issued.token()));
    assertThat(issued.expiresAt()).isEqualTo(clock.instant().plus(ApiTokens.LIFETIME));
    return issued.token();
  }

  @Test
  void aFreshTokenNamesItsOwnerWithoutThePasswordHash() {
    String token = issue();
    CurrentUser user = apiTokens.authenticate(token).orElseThrow();
    assertThat(user.email()).isEqualTo("sam@example.org");
    assertThat(user.getPassword()).isEmpty();
    assertThat(user.roles()).isEqualTo(java.util.Set.of(Role.PARENT));
  }

  @Test
  void aTokenStopsWorkingWhenItExpires() {
    String token = issue();
    clock.advance(ApiTokens.LIFETIME.minusSeconds(1));
    assertThat(apiTokens.authenticate(token)).isPresent();
    clock.advance(java.time.Duration.ofSeconds(1));
    assertThat(apiTokens.authenticate(token)).isEmpty();
  }

  @Test
  void aRevokedTokenStopsWorkingAtOnce() {
    String token = issue();
    apiTokens.revoke(token);
    assertThat(apiTokens.authenticate(token)).isEmpty();
  }

  @Test
  void aMadeUpTokenIsRefused() {
    issue();
    assertThat(apiTokens.authenticate(secrets.newToken())).isEmpty();
  }

  @Test
  void onlyTheKeyedHashIsStored() {
    String token = issue();
    assertThat(stored.get().tokenHash()).isNotEqualTo(token).doesNotContain(token);
  }
}
