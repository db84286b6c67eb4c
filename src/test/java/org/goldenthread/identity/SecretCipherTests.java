package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Two-factor keys are stored encrypted under a key derived from the server's token secret. */
class SecretCipherTests {

  private final SecretCipher cipher = new SecretCipher(new SecretTokens("a-long-test-secret-1"));

  @Test
  void aKeyComesBackAsItWentInButIsStoredUnreadable() {
    String key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    String stored = cipher.encrypt(key);

    assertThat(stored).doesNotContain(key);
    assertThat(cipher.encrypt(key)).as("a fresh nonce each time").isNotEqualTo(stored);
    assertThat(cipher.decrypt(stored)).isEqualTo(key);
  }

  @Test
  void anotherServerSecretCannotReadItAndATamperedOneIsRefused() {
    String stored = cipher.encrypt("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    SecretCipher other = new SecretCipher(new SecretTokens("another-test-secret-2"));

    assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(IllegalStateException.class);
    char[] tampered = stored.toCharArray();
    tampered[20] = tampered[20] == 'A' ? 'B' : 'A';
    assertThatThrownBy(() -> cipher.decrypt(new String(tampered)))
        .isInstanceOf(IllegalStateException.class);
  }
}
