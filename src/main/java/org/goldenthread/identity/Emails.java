package org.goldenthread.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as we store and compare them. */
final class Emails {

  private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private Emails() {}

  static String normalise(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  /** A light check: something@something.something, at most 254 characters. */
  static boolean isPlausible(String email) {
    String normalised = normalise(email);
    return normalised.length() <= 254 && PLAUSIBLE.matcher(normalised).matches();
  }
}
