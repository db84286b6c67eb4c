package org.goldenthread.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/** How pages show what the services refused, and read what forms post. */
public final class PageForms {

  public static final String YOUR_CHANGES = "yourChanges";

  private PageForms() {}

  /** Each broken rule beside its field; the form's field names are the service's. */
  public static void reject(BindingResult binding, ValidationProblem problem) {
    reject(binding, problem, Map.of());
  }

  /**
   * Each broken rule beside its field, with the service's field names renamed to the form's where
   * they differ. A rule about something the form has no field for becomes an error of the whole
   * form. A field that already has an error (found while reading the form) keeps only that one.
   */
  public static void reject(
      BindingResult binding, ValidationProblem problem, Map<String, String> formFields) {
    for (ValidationProblem.FieldMessage error : problem.errors()) {
      String field = formFields.getOrDefault(error.field(), error.field());
      if (isField(binding, field)) {
        if (!binding.hasFieldErrors(field)) {
          binding.rejectValue(field, error.message(), error.message());
        }
      } else {
        binding.reject(error.message(), error.message());
      }
    }
  }

  /** A date typed in three boxes that do not make a real date: rejected on the field. */
  public static void rejectUnreadableDate(
      BindingResult binding, String field, DateInput date, String messageKey) {
    if (date != null && !date.isBlank() && date.toLocalDate().isEmpty()) {
      binding.rejectValue(field, messageKey, messageKey);
    }
  }

  /**
   * Replaces what was typed with what is saved now, under the same name, with the conflict message
   * as the form's only error; what was typed is shown beside it ({@code yourChanges}).
   */
  public static void showConflict(
      Model model, String formName, List<SummaryRow> typed, Object savedNow, String messageKey) {
    model.addAttribute(YOUR_CHANGES, typed);
    showAgain(model, formName, savedNow, messageKey);
  }

  /** Puts {@code form} in the model under {@code formName}, with the message as its only error. */
  public static void showAgain(Model model, String formName, Object form, String messageKey) {
    model.addAttribute(formName, form);
    BindingResult binding = new BeanPropertyBindingResult(form, formName);
    binding.reject(messageKey);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, binding);
  }

  /**
   * Whether the form holds text that may not be kept ({@link CheckedText}): it is shown again with
   * the errors beside the fields, and nothing is saved.
   */
  public static boolean hasRefusedText(BindingResult binding) {
    return binding.getAllErrors().stream().anyMatch(error -> TextRules.refuses(error.getCode()));
  }

  /** A form posted without a usable version was not made by our page. */
  public static long requireVersion(Long version, BindingResult binding) {
    if (version == null || binding.hasFieldErrors("version")) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    return version;
  }

  /** A choice posted by a form; anything that is not one of the choices reads as none. */
  public static <E extends Enum<E>> E choice(Class<E> type, String posted) {
    if (posted == null || posted.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, posted.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public static UUID id(String posted) {
    if (posted == null || posted.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(posted.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A yes or no question answered "true" or "false"; null when not answered. */
  public static Boolean yesNo(String posted) {
    if ("true".equals(posted)) {
      return Boolean.TRUE;
    }
    return "false".equals(posted) ? Boolean.FALSE : null;
  }

  private static boolean isField(BindingResult binding, String field) {
    return binding instanceof AbstractPropertyBindingResult result
        && result.getPropertyAccessor().isReadableProperty(field);
  }
}
