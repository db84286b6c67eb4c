package org.goldenthread.statutory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.web.ProblemTypes;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The checks a milestone must pass before it is recorded: its fields (400, naming each) and its
 * place in the process (409, out of order).
 */
final class MilestoneRules {

  static final int MOST_ADVISER_LENGTH = 200;
  static final int MOST_NOTE_LENGTH = 5_000;

  private MilestoneRules() {}

  /** The input with its texts tidied, when it may come next on this clock. */
  static MilestoneInput checked(
      MilestoneInput input, AssessmentClock clock, LocalDate requestedOn, LocalDate today) {
    List<FieldMessage> errors = new ArrayList<>();
    if (input.kind() == null) {
      errors.add(new FieldMessage("kind", "statutory.error.kind"));
      throw new ValidationProblem(errors);
    }
    String adviser = TextRules.tidy(input.adviser());
    String note = TextRules.tidy(input.note());
    checkDate(input, clock, requestedOn, today, errors);
    text("adviser", adviser, MOST_ADVISER_LENGTH, errors);
    text("note", note, MOST_NOTE_LENGTH, errors);
    switch (input.kind()) {
      case ADVICE_REQUESTED -> {
        if (adviser == null) {
          errors.add(new FieldMessage("adviser", "statutory.error.adviser"));
        }
      }
      case ADVICE_RECEIVED -> {
        if (input.adviceId() == null || clock.openAdvice(input.adviceId()).isEmpty()) {
          errors.add(new FieldMessage("adviceId", "statutory.error.adviceId"));
        }
      }
      case EXCEPTION -> {
        if (input.reason() == null) {
          errors.add(new FieldMessage("reason", "statutory.error.reason"));
        }
        if (note == null) {
          errors.add(new FieldMessage("note", "statutory.error.exceptionNote"));
        }
      }
      default -> {}
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    if (!clock.allows(input.kind())) {
      throw outOfOrder(input.kind(), clock.status());
    }
    return new MilestoneInput(
        input.kind(),
        input.on(),
        input.kind() == MilestoneKind.DECISION_TO_ASSESS
            ? !Boolean.FALSE.equals(input.assess())
            : null,
        input.kind() == MilestoneKind.ADVICE_REQUESTED ? adviser : null,
        input.kind() == MilestoneKind.ADVICE_RECEIVED ? input.adviceId() : null,
        input.kind() == MilestoneKind.EXCEPTION ? input.reason() : null,
        note);
  }

  private static void checkDate(
      MilestoneInput input,
      AssessmentClock clock,
      LocalDate requestedOn,
      LocalDate today,
      List<FieldMessage> errors) {
    LocalDate on = input.on();
    if (on == null) {
      errors.add(new FieldMessage("on", "statutory.error.on.missing"));
    } else if (on.isAfter(today)) {
      errors.add(new FieldMessage("on", "statutory.error.on.future"));
    } else if (on.isBefore(earliest(input, clock, requestedOn))) {
      errors.add(new FieldMessage("on", "statutory.error.on.beforeLastStep"));
    }
  }

  /** The first day the milestone can have happened: not before the step it follows. */
  private static LocalDate earliest(
      MilestoneInput input, AssessmentClock clock, LocalDate requestedOn) {
    return switch (input.kind()) {
      case EXCEPTION -> requestedOn;
      case ADVICE_RECEIVED ->
          input.adviceId() == null
              ? requestedOn
              : clock
                  .openAdvice(input.adviceId())
                  .map(AssessmentClock.Due::countsFrom)
                  .orElse(requestedOn);
      default -> clock.lastStep();
    };
  }

  private static void text(String field, String text, int most, List<FieldMessage> errors) {
    TextRules.problem(text).ifPresent(key -> errors.add(new FieldMessage(field, key)));
    if (text != null && text.length() > most && TextRules.problem(text).isEmpty()) {
      errors.add(new FieldMessage(field, "statutory.error." + field + ".tooLong"));
    }
  }

  /** A 409: the step cannot come where the process stands. */
  static ErrorResponseException outOfOrder(MilestoneKind kind, AssessmentStatus status) {
    return conflict("api.problem.stepOutOfOrder", kind.name(), status.name());
  }

  /** A 409: a second request while one is under way. */
  static ErrorResponseException alreadyUnderWay() {
    return conflict("api.problem.assessmentOpen");
  }

  /** A 409 of type out-of-order whose detail is this message of the bundles. */
  static ErrorResponseException conflict(String detailKey, Object... arguments) {
    return ProblemTypes.refusal(
        HttpStatus.CONFLICT, ProblemTypes.OUT_OF_ORDER, detailKey, arguments);
  }
}
