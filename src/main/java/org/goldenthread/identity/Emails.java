package org.goldenthread.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as we store and compare them. */
final class Emails {

  private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** Spaces of any kind (a no-break space too), and invisible or control characters. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Z}\\p{C}]");

  private static final Pattern AT_THE_ENDS =
      Pattern.compile("^[\\s\\p{Z}\\p{C}]+|[\\s\\p{Z}\\p{C}]+$");

  private Emails() {}

  /** Lower case, without spaces or invisible characters around it. */
  static String normalise(String email) {
    return email == null ? "" : AT_THE_ENDS.matcher(email).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /**
   * A light check: something@something.something, at most 254 characters, with no space or
   * invisible character inside.
   */
  static boolean isPlausible(String email) {
    String normalised = normalise(email);
    return normalised.length() <= 254
        && PLAUSIBLE.matcher(normalised).matches()
        && !INVISIBLE.matcher(normalised).find();
  }

  /**
   * Whether two addresses deliver to the same mailbox as far as we can tell: the same address in
   * any capitalisation, with any spaces around it, or with a {@code +tag} added to its name part
   * (which most mail services deliver to the untagged mailbox).
   */
  static boolean sameMailbox(String one, String other) {
    return mailbox(one).equals(mailbox(other));
  }

  private static String mailbox(String email) {
    String normalised = normalise(email);
    int at = normalised.lastIndexOf('@');
    if (at < 0) {
      return normalised;
    }
    String name = normalised.substring(0, at);
    int tag = name.indexOf('+');
    return (tag < 0 ? name : name.substring(0, tag)) + normalised.substring(at);
  }
}
