package org.goldenthread.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.PageForms;
import org.springframework.validation.BindingResult;

/**
 * Reads what a plan form posted into typed values. What does not read (a number that is not one, a
 * date that is not real) is rejected on its field, and read as nothing.
 */
final class FormReader {

  private final BindingResult binding;

  FormReader(BindingResult binding) {
    this.binding = binding;
  }

  /** A choice posted by a form; anything that is not one of the choices reads as none. */
  <E extends Enum<E>> E choice(Class<E> type, String posted) {
    return PageForms.choice(type, posted);
  }

  /** A whole number; one that is not is rejected on the field with the field's own message. */
  Integer whole(String field, String posted) {
    if (posted == null || posted.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(posted.strip());
    } catch (NumberFormatException e) {
      reject(field, "plan.error." + field);
      return null;
    }
  }

  /** A date typed in three boxes: none when all are empty, rejected when not a real date. */
  LocalDate date(String field, DateInput typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    return typed
        .toLocalDate()
        .orElseGet(
            () -> {
              reject(field, "plan.form.error.date");
              return null;
            });
  }

  /** Ticked items; null when the form did not show the list (its links stay as they are). */
  List<UUID> ids(List<String> posted) {
    if (posted == null) {
      return null;
    }
    List<UUID> ids = new ArrayList<>();
    for (String value : posted) {
      try {
        ids.add(UUID.fromString(value.strip()));
      } catch (IllegalArgumentException e) {
        // not one of the boxes the page showed: nothing to link
      }
    }
    return ids;
  }

  private void reject(String field, String key) {
    if (!binding.hasFieldErrors(field)) {
      binding.rejectValue(field, key, key);
    }
  }
}
