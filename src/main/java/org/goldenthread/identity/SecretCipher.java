package org.goldenthread.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts the keys of two-factor sign-in before they are stored (AES-256-GCM), so that a copy of
 * the database alone does not give anyone the codes. The encryption key is derived from the
 * server's token secret ({@code goldenthread.security.token-secret}) and used for nothing else:
 * changing that secret makes every stored key unreadable, and everyone then sets two-factor sign-in
 * up again.
 */
@Component
class SecretCipher {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String PURPOSE = "two-factor keys v1";

  private final SecretKeySpec key;

  SecretCipher(SecretTokens tokens) {
    this.key = new SecretKeySpec(tokens.derivedKey(PURPOSE), "AES");
  }

  /** The text encrypted under a fresh nonce, as Base64 of nonce and ciphertext. */
  String encrypt(String plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * The text back.
   *
   * @throws IllegalStateException when it was not encrypted under this server's secret
   */
  String decrypt(String stored) {
    byte[] bytes = Base64.getDecoder().decode(stored);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      return new String(
          cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A two-factor key could not be decrypted", e);
    }
  }
}
