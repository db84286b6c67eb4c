package org.goldenthread.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A date as typed into the three boxes of a GOV.UK date input, kept as typed so that a page shown
 * again after an error loses nothing. The {@code date-input} fragment binds to its parts.
 */
record TypedDate(String day, String month, String year) {

  private static final java.util.regex.Pattern WHOLE =
      java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  static TypedDate blank() {
    return new TypedDate("", "", "");
  }

  /**
   * A date given whole, as a link may give it ({@code on=2026-01-05}): its three parts; anything
   * else is kept in the day's box, to be refused as not a real date.
   */
  static TypedDate ofText(String text) {
    String given = text == null ? "" : text.strip();
    java.util.regex.Matcher iso = WHOLE.matcher(given);
    return iso.matches()
        ? new TypedDate(iso.group(3), iso.group(2), iso.group(1))
        : new TypedDate(given, "", "");
  }

  boolean isBlank() {
    return Stream.of(day, month, year).allMatch(part -> trimmed(part).isEmpty());
  }

  /** The date, when the boxes hold a real one with a four-digit year. */
  Optional<LocalDate> date() {
    String d = trimmed(day);
    String m = trimmed(month);
    String y = trimmed(year);
    if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d{4}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String trimmed(String part) {
    return part == null ? "" : part.strip();
  }
}
