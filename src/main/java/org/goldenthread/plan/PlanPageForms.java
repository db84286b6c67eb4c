package org.goldenthread.plan;

import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpStatus;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/** How the plan pages show what the plan refused beside the fields of their forms. */
final class PlanPageForms {

  private PlanPageForms() {}

  /**
   * Each broken rule beside its field (the forms use the service's field names); a rule about
   * something the form has no field for becomes an error of the whole form. A field that already
   * has an error (found while reading the form) keeps only that one.
   */
  static void reject(BindingResult binding, ValidationProblem problem) {
    for (ValidationProblem.FieldMessage error : problem.errors()) {
      String field = error.field();
      boolean isField =
          binding instanceof AbstractPropertyBindingResult result
              && result.getPropertyAccessor().isReadableProperty(field);
      if (!isField) {
        binding.reject(error.message(), error.message());
      } else if (!binding.hasFieldErrors(field)) {
        binding.rejectValue(field, error.message(), error.message());
      }
    }
  }

  /** A form posted without a usable version was not made by our page. */
  static long requireVersion(Long version, BindingResult binding) {
    if (version == null || binding.hasFieldErrors("version")) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    return version;
  }
}
