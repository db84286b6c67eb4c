package org.goldenthread.deadline;

import java.time.LocalDate;
import java.util.Set;

/**
 * A worked-out due date.
 *
 * @param due the last day the rule gives
 * @param nextWorkingDay the first working day after {@code due} when it is a weekend or a bank
 *     holiday; otherwise null
 * @param notes what shaped the date, for the explanation
 */
public record DueDate(LocalDate due, LocalDate nextWorkingDay, Set<DueNote> notes) {

  public DueDate {
    notes = Set.copyOf(notes);
  }

  /** Whether the bank holidays loaded reach the days this date depends on. */
  public boolean calendarCovers() {
    return !notes.contains(DueNote.CALENDAR_NOT_COVERED);
  }

  /** The day after which the deadline is late: the next working day when there is one. */
  public LocalDate lastDay() {
    return nextWorkingDay != null ? nextWorkingDay : due;
  }
}
