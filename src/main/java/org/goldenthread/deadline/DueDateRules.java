package org.goldenthread.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules that turn the date of an event into a due date, one per kind (api.md, "Deadlines"). A
 * week is 7 days; a month is a calendar month, clamped to the month's end (31 December plus 2
 * months is the last day of February). A due date that falls on a weekend or a bank holiday stays
 * as it is and gains the next working day, except that an appeal due between 25 December and 1
 * January, or in August, moves itself (to the first working day after 1 January, or of September).
 */
final class DueDateRules {

  private static final MonthDay PHASE_TRANSFER = MonthDay.of(2, 15);
  private static final MonthDay POST_SIXTEEN_TRANSFER = MonthDay.of(3, 31);
  private static final MonthDay END_OF_AUGUST = MonthDay.of(8, 31);

  private DueDateRules() {}

  /**
   * The due date of a kind that follows from dates alone.
   *
   * @throws IllegalArgumentException for a kind whose date is set by its own record
   */
  static DueDate due(DeadlineKind kind, DeadlineFacts facts, WorkingDays days) {
    Set<DueNote> notes = EnumSet.noneOf(DueNote.class);
    LocalDate on = facts.on();
    LocalDate due =
        switch (kind) {
          case DECISION_TO_ASSESS, ADVICE -> on.plusWeeks(6);
          case DECISION_NOT_TO_ISSUE -> on.plusWeeks(16);
          case FINAL_PLAN -> on.plusWeeks(20);
          case DRAFT_COMMENTS -> on.plusDays(15);
          case ANNUAL_REVIEW -> annualReview(facts, notes);
          case REVIEW_INVITATIONS -> on.minusWeeks(2);
          case REVIEW_REPORT -> on.plusWeeks(2);
          case REVIEW_DECISION -> on.plusWeeks(4);
          case AMENDMENT_FINAL -> on.plusWeeks(8);
          case PHASE_TRANSFER -> phaseTransfer(facts, notes);
          case MEDIATION_ADVICE -> on.plusMonths(2);
          case MEDIATION_CERTIFICATE -> days.plusWorkingDays(on, 3);
          case MEDIATION_MEETING -> on.plusDays(30);
          case APPEAL -> appeal(facts, days, notes);
          case EVIDENCE_RESPONSE, REQUEST_ANSWER, CONCERN_ANSWER, ACTION, MEETING_CADENCE ->
              throw new IllegalArgumentException(kind + " is set by its own record, not a rule");
        };
    LocalDate from = kind == DeadlineKind.MEDIATION_CERTIFICATE ? on.plusDays(1) : due;
    return withWorkingDay(due, from, days, notes);
  }

  /** A date set by a record (an action's due date, an answer asked for by a day). */
  static DueDate agreed(LocalDate due, WorkingDays days) {
    return withWorkingDay(due, due, days, EnumSet.noneOf(DueNote.class));
  }

  private static DueDate withWorkingDay(
      LocalDate due, LocalDate checkedFrom, WorkingDays days, Set<DueNote> notes) {
    LocalDate next = null;
    if (!days.isWorkingDay(due)) {
      next = days.onOrAfter(due);
      notes.add(DueNote.NOT_A_WORKING_DAY);
    }
    LocalDate checkedTo = next != null ? next : due;
    if (!days.covers(checkedFrom) || !days.covers(checkedTo)) {
      notes.add(DueNote.CALENDAR_NOT_COVERED);
    }
    return new DueDate(due, next, notes);
  }

  private static LocalDate annualReview(DeadlineFacts facts, Set<DueNote> notes) {
    LocalDate on = facts.on();
    if (facts.dateOfBirth() != null && Period.between(facts.dateOfBirth(), on).getYears() < 5) {
      notes.add(DueNote.UNDER_FIVE);
      return on.plusMonths(6);
    }
    return on.plusMonths(12);
  }

  /**
   * The 15 February (or 31 March, for a young person 16 or over on the 31 August before the move)
   * last before the move.
   */
  private static LocalDate phaseTransfer(DeadlineFacts facts, Set<DueNote> notes) {
    LocalDate move = facts.on();
    MonthDay by = PHASE_TRANSFER;
    if (facts.dateOfBirth() != null
        && Period.between(facts.dateOfBirth(), lastBefore(move, END_OF_AUGUST)).getYears() >= 16) {
      by = POST_SIXTEEN_TRANSFER;
      notes.add(DueNote.POST_SIXTEEN);
    }
    return lastBefore(move, by);
  }

  private static LocalDate lastBefore(LocalDate day, MonthDay monthDay) {
    LocalDate sameYear = monthDay.atYear(day.getYear());
    return sameYear.isBefore(day) ? sameYear : monthDay.atYear(day.getYear() - 1);
  }

  private static LocalDate appeal(DeadlineFacts facts, WorkingDays days, Set<DueNote> notes) {
    LocalDate due = facts.on().plusMonths(2);
    if (facts.certificateOn() != null && facts.certificateOn().plusMonths(1).isAfter(due)) {
      due = facts.certificateOn().plusMonths(1);
      notes.add(DueNote.FROM_CERTIFICATE);
    }
    if (isChristmas(due)) {
      notes.add(DueNote.CHRISTMAS);
      int newYear = due.getMonthValue() == 12 ? due.getYear() + 1 : due.getYear();
      return days.onOrAfter(LocalDate.of(newYear, 1, 2));
    }
    if (due.getMonthValue() == 8) {
      notes.add(DueNote.AUGUST);
      return days.onOrAfter(LocalDate.of(due.getYear(), 9, 1));
    }
    return due;
  }

  private static boolean isChristmas(LocalDate day) {
    return (day.getMonthValue() == 12 && day.getDayOfMonth() >= 25)
        || (day.getMonthValue() == 1 && day.getDayOfMonth() == 1);
  }
}
