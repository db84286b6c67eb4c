package org.goldenthread.web;

import java.util.List;

/**
 * Input that breaks a rule, field by field. The API answers it as a 400 problem with an {@code
 * errors} array; pages show each message beside its field.
 */
public class ValidationProblem extends RuntimeException {

  private final List<FieldMessage> errors;

  public ValidationProblem(List<FieldMessage> errors) {
    super("Invalid input: " + errors);
    this.errors = List.copyOf(errors);
  }

  public static ValidationProblem of(String field, String message) {
    return new ValidationProblem(List.of(new FieldMessage(field, message)));
  }

  public List<FieldMessage> errors() {
    return errors;
  }

  /**
   * One field and what is wrong with it: a message key (resolved from messages.properties when
   * answered) or plain words.
   */
  public record FieldMessage(String field, String message) {}
}
