package org.goldenthread.child;

import java.util.Locale;
import java.util.Optional;

/**
 * The Unique Pupil Number: 13 characters, a check letter then 11 digits then a digit or (for a
 * temporary UPN) a letter. The check letter is computed from the other twelve characters: each is
 * weighted by its position (the second character by 2 … the thirteenth by 13), letters counting by
 * their place in the DfE alphabet, and the sum modulo 23 picks the letter.
 */
public final class Upn {

  /** The DfE alphabet: A to Z without I, O and S. */
  static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private Upn() {}

  /** Upper case, without spaces; null for blank input. */
  public static String normalise(String upn) {
    if (upn == null || upn.isBlank()) {
      return null;
    }
    return upn.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  /** The message key of what is wrong with a (normalised) UPN, or empty when it is valid. */
  public static Optional<String> problem(String upn) {
    if (upn.length() != 13) {
      return Optional.of("child.error.upn.length");
    }
    if (!upn.substring(1, 12).chars().allMatch(Character::isDigit)
        || !(Character.isDigit(upn.charAt(12)) || ALPHABET.indexOf(upn.charAt(12)) >= 0)
        || ALPHABET.indexOf(upn.charAt(0)) < 0) {
      return Optional.of("child.error.upn.format");
    }
    return upn.charAt(0) == checkLetter(upn.substring(1))
        ? Optional.empty()
        : Optional.of("child.error.upn.checkLetter");
  }

  /** The check letter for the last twelve characters of a UPN. */
  static char checkLetter(String lastTwelve) {
    int sum = 0;
    for (int i = 0; i < lastTwelve.length(); i++) {
      char c = lastTwelve.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : ALPHABET.indexOf(c);
      sum += value * (i + 2);
    }
    return ALPHABET.charAt(sum % 23);
  }
}
