package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokensTests {

  private final SecretTokens tokens = new SecretTokens("a-test-secret-of-enough-length-123");

  @Test
  void newTokensAreUrlSafeAndUnique() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String token = tokens.newToken();
      assertThat(token).matches("[A-Za-z0-9_-]{43}");
      assertThat(seen.add(token)).isTrue();
    }
  }

  @Test
  void theHashIsStableForOneSecretAndDiffersUnderAnother() {
    String token = tokens.newToken();
    assertThat(tokens.hash(token)).isEqualTo(tokens.hash(token)).isNotEqualTo(token);
    assertThat(new SecretTokens("another-secret-of-enough-length-456").hash(token))
        .isNotEqualTo(tokens.hash(token));
  }

  @Test
  void refusesToWorkWithoutASecret() {
    assertThatThrownBy(() -> new SecretTokens(" ")).isInstanceOf(IllegalStateException.class);
  }
}
