package org.goldenthread.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reading typed values from query parameters (bodies are read typed, {@link BodyFieldProblems}),
 * collecting a field message for each one that does not read, so that one answer lists every
 * problem.
 */
public final class Parse {

  private final List<ValidationProblem.FieldMessage> problems = new java.util.ArrayList<>();

  public LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(new ValidationProblem.FieldMessage(field, "api.error.date"));
      return null;
    }
  }

  public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new ValidationProblem.FieldMessage(field, "api.error.choice"));
      return null;
    }
  }

  /** Throws the collected problems, if any. */
  public void done() {
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
  }
}
