package org.goldenthread.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a person typed into a GOV.UK date input: three boxes, kept as typed so that nothing they
 * entered is lost when the page is shown again with an error. A form record holds one of these per
 * date, and the {@code date-input} fragment binds its boxes to {@code day}, {@code month} and
 * {@code year}. Reject a whole-date error (for example "must be a real date") on the field itself:
 * the error summary then links to the day box.
 */
public record DateInput(String day, String month, String year) {

  public static DateInput empty() {
    return new DateInput("", "", "");
  }

  public static DateInput of(LocalDate date) {
    if (date == null) {
      return empty();
    }
    return new DateInput(
        Integer.toString(date.getDayOfMonth()),
        Integer.toString(date.getMonthValue()),
        Integer.toString(date.getYear()));
  }

  /** Nothing was typed in any of the three boxes. */
  public boolean isBlank() {
    return isBlank(day) && isBlank(month) && isBlank(year);
  }

  /** The date, if the three boxes make a real one (with a four-digit year). */
  public Optional<LocalDate> toLocalDate() {
    try {
      String yearText = year == null ? "" : year.strip();
      if (yearText.length() != 4) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(Integer.parseInt(yearText), number(month), number(day)));
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int number(String text) {
    return Integer.parseInt(text == null ? "" : text.strip());
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
