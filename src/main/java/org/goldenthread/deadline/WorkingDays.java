package org.goldenthread.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * England and Wales working days: every day but Saturday, Sunday and the bank holidays loaded. The
 * holidays are known for whole years, from {@code firstYear} to {@code lastYear}; outside them a
 * weekday is taken as a working day, and {@link #covers} says so.
 */
public record WorkingDays(Set<LocalDate> bankHolidays, int firstYear, int lastYear) {

  public WorkingDays {
    bankHolidays = Set.copyOf(bankHolidays);
  }

  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !bankHolidays.contains(day);
  }

  /** The day itself when it is a working day, else the first working day after it. */
  public LocalDate onOrAfter(LocalDate day) {
    LocalDate next = day;
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** The working day {@code count} working days after the day (counting from the day after). */
  public LocalDate plusWorkingDays(LocalDate day, int count) {
    LocalDate next = day;
    for (int left = count; left > 0; left--) {
      next = onOrAfter(next.plusDays(1));
    }
    return next;
  }

  /** The working day {@code count} working days before the day (counting from the day before). */
  public LocalDate minusWorkingDays(LocalDate day, int count) {
    LocalDate earlier = day;
    for (int left = count; left > 0; left--) {
      earlier = earlier.minusDays(1);
      while (!isWorkingDay(earlier)) {
        earlier = earlier.minusDays(1);
      }
    }
    return earlier;
  }

  /** Whether the bank holidays loaded include the day's year. */
  public boolean covers(LocalDate day) {
    return day.getYear() >= firstYear && day.getYear() <= lastYear;
  }
}
