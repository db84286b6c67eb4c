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

  static TypedDate blank() {
    return new TypedDate("", "", "");
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
