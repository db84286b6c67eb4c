package org.goldenthread.deadline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.validation.Errors;

/** The rights calculator's form, kept as typed. */
record CalculatorForm(String kind, TypedDate on, TypedDate certificateOn, TypedDate dateOfBirth) {

  CalculatorForm {
    on = on == null ? TypedDate.blank() : on;
    certificateOn = certificateOn == null ? TypedDate.blank() : certificateOn;
    dateOfBirth = dateOfBirth == null ? TypedDate.blank() : dateOfBirth;
  }

  /** Whether the person asked something (the page was not just opened). */
  boolean asked() {
    return kind != null || !on.isBlank() || !certificateOn.isBlank() || !dateOfBirth.isBlank();
  }

  /** The question, when every box holds what it should; otherwise empty, with the errors. */
  Optional<CalculatorQuestion> question(Errors errors) {
    Optional<DeadlineKind> chosen =
        Arrays.stream(DeadlineKind.values()).filter(k -> k.name().equals(kind)).findFirst();
    if (chosen.isEmpty()) {
      errors.rejectValue("kind", "deadline.calculator.error.kind.missing");
    }
    if (on.isBlank()) {
      errors.rejectValue("on", "deadline.calculator.error.on.missing");
    }
    LocalDate from = real(on, "on", errors);
    LocalDate certificate = real(certificateOn, "certificateOn", errors);
    LocalDate birth = real(dateOfBirth, "dateOfBirth", errors);
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    CalculatorQuestion question = new CalculatorQuestion(chosen.get(), from, certificate, birth);
    question.check(errors);
    return errors.hasErrors() ? Optional.empty() : Optional.of(question);
  }

  private static LocalDate real(TypedDate typed, String field, Errors errors) {
    if (typed.isBlank()) {
      return null;
    }
    Optional<LocalDate> date = typed.date();
    if (date.isEmpty()) {
      errors.rejectValue(field, "deadline.calculator.error.date.real");
    }
    return date.orElse(null);
  }
}
