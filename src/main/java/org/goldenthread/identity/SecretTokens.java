package org.goldenthread.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Random single-use tokens (invitation and password links, API tokens) and their keyed hashes. Only
 * the hash is stored: HMAC-SHA256 under the server's token secret, so neither a copy of the
 * database alone nor a guess can produce a token that works.
 */
@Component
class SecretTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKeySpec key;

  SecretTokens(@Value("${goldenthread.security.token-secret}") String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalStateException("goldenthread.security.token-secret must be set");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** A new token: 32 random bytes, URL-safe. */
  String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  String hash(String token) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(token));
  }

  /**
   * A key of 32 bytes for one purpose (such as encrypting two-factor keys), derived from the token
   * secret and different for every purpose.
   */
  byte[] derivedKey(String purpose) {
    return mac("derived key: " + purpose);
  }

  private byte[] mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
