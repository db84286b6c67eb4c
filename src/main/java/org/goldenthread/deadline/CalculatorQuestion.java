package org.goldenthread.deadline;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * What a family asks the rights calculator: the kind of deadline and the dates it counts from. The
 * same checks answer the page (errors beside the fields) and the API (a 400 naming them).
 */
record CalculatorQuestion(
    DeadlineKind kind, LocalDate on, LocalDate certificateOn, LocalDate dateOfBirth) {

  static final Set<DeadlineKind> USING_DATE_OF_BIRTH =
      EnumSet.of(DeadlineKind.ANNUAL_REVIEW, DeadlineKind.PHASE_TRANSFER);
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2200;

  /** Rejects what breaks a rule, on the field it names. */
  void check(Errors errors) {
    if (kind != null && !kind.followsFromDates()) {
      errors.rejectValue("kind", "deadline.calculator.error.kind.notFromDates");
    }
    checkYear(on, "on", errors);
    if (kind == DeadlineKind.APPEAL && certificateOn != null) {
      checkYear(certificateOn, "certificateOn", errors);
      if (on != null && certificateOn.isBefore(on)) {
        errors.rejectValue("certificateOn", "deadline.calculator.error.certificateOn.before");
      }
    }
    if (USING_DATE_OF_BIRTH.contains(kind) && dateOfBirth != null) {
      checkYear(dateOfBirth, "dateOfBirth", errors);
      if (on != null && dateOfBirth.isAfter(on)) {
        errors.rejectValue("dateOfBirth", "deadline.calculator.error.dateOfBirth.after");
      }
    }
  }

  /** The facts the rule counts from: dates the kind does not use are left out. */
  DeadlineFacts facts() {
    return new DeadlineFacts(
        on,
        kind == DeadlineKind.APPEAL ? certificateOn : null,
        USING_DATE_OF_BIRTH.contains(kind) ? dateOfBirth : null);
  }

  private static void checkYear(LocalDate date, String field, Errors errors) {
    if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
      errors.rejectValue(field, "deadline.calculator.error.year");
    }
  }
}
