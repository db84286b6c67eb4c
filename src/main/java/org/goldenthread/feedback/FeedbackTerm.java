package org.goldenthread.feedback;

import java.time.LocalDate;
import java.time.Month;

/**
 * A school term, as families' feedback is counted: the one rule for every school, whatever its own
 * term dates. Autumn is September to December, spring January to March, and summer April to August
 * (Easter falls in either; the summer holiday counts with summer). A term is named by its season
 * and its school year, "Autumn 2026 to 2027".
 *
 * @param start the term's first day: 1 September, 1 January or 1 April
 */
public record FeedbackTerm(LocalDate start) {

  /** The seasons, in the order of the school year. */
  public enum Season {
    AUTUMN,
    SPRING,
    SUMMER
  }

  /** The term this day falls in. */
  public static FeedbackTerm of(LocalDate day) {
    int year = day.getYear();
    Month month = day.getMonth();
    if (month.compareTo(Month.SEPTEMBER) >= 0) {
      return new FeedbackTerm(LocalDate.of(year, Month.SEPTEMBER, 1));
    }
    if (month.compareTo(Month.APRIL) >= 0) {
      return new FeedbackTerm(LocalDate.of(year, Month.APRIL, 1));
    }
    return new FeedbackTerm(LocalDate.of(year, Month.JANUARY, 1));
  }

  public Season season() {
    return switch (start.getMonth()) {
      case SEPTEMBER -> Season.AUTUMN;
      case JANUARY -> Season.SPRING;
      default -> Season.SUMMER;
    };
  }

  /** The calendar year the school year starts in: 2026 for every term of 2026 to 2027. */
  public int schoolYear() {
    return season() == Season.AUTUMN ? start.getYear() : start.getYear() - 1;
  }

  /** The term after this one. */
  public FeedbackTerm next() {
    return of(end().plusDays(1));
  }

  /** The term before this one. */
  public FeedbackTerm previous() {
    return of(start.minusDays(1));
  }

  /** The term's last day: 31 December, 31 March or 31 August. */
  public LocalDate end() {
    return switch (season()) {
      case AUTUMN -> LocalDate.of(start.getYear(), Month.DECEMBER, 31);
      case SPRING -> LocalDate.of(start.getYear(), Month.MARCH, 31);
      case SUMMER -> LocalDate.of(start.getYear(), Month.AUGUST, 31);
    };
  }

  /**
   * The last day feedback about something held on this day may be given or changed: the end of the
   * term after the one it was held in, so that a meeting late in a term still leaves a family weeks
   * to answer.
   */
  public static LocalDate openUntil(LocalDate heldOn) {
    return of(heldOn).next().end();
  }

  /** "AUTUMN-2026": the term's code in the API and the CSV. */
  public String code() {
    return season().name() + "-" + schoolYear();
  }
}
