package org.goldenthread.identity;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Recovery codes: ten random codes such as {@code k7m2p-x9qrt}, for signing in when the phone with
 * the authenticator app is lost. Letters and digits that are easily mistaken for others (0 and o,
 * 1, i and l) are left out; case, spaces and hyphens do not matter when one is typed. Only their
 * keyed hashes ({@link SecretTokens}) are stored.
 */
@Component
class RecoveryCodes {

  static final int HOW_MANY = 10;
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final int HALF = 5;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretTokens tokens;

  RecoveryCodes(SecretTokens tokens) {
    this.tokens = tokens;
  }

  /** Ten new codes, to be shown once. */
  List<String> newCodes() {
    return IntStream.range(0, HOW_MANY).mapToObj(i -> group() + "-" + group()).toList();
  }

  /** The stored form of a code, as given out or as typed. */
  String hash(String code) {
    return tokens.hash(normalise(code));
  }

  static String normalise(String typed) {
    return typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
  }

  private static String group() {
    StringBuilder group = new StringBuilder(HALF);
    for (int i = 0; i < HALF; i++) {
      group.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return group.toString();
  }
}
