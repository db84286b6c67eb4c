package org.goldenthread.organisation;

import java.util.List;
import org.goldenthread.web.SummaryRow;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/** How the administrator forms show what the service refused. */
final class FormErrors {

  private FormErrors() {}

  /** Each broken rule beside its field (the form's field names are the service's). */
  static void reject(BindingResult binding, OrganisationRefused refused) {
    refused
        .problems()
        .forEach(problem -> binding.rejectValue(problem.field(), problem.messageKey()));
  }

  /**
   * Replaces what was typed with what is saved now, under the same name, with the conflict message
   * as the form's only error; what was typed is shown beside it ({@code yourChanges}).
   */
  static void showConflict(
      Model model, String formName, List<SummaryRow> typed, Object savedNow, String messageKey) {
    model.addAttribute("yourChanges", typed);
    model.addAttribute(formName, savedNow);
    BindingResult binding = new BeanPropertyBindingResult(savedNow, formName);
    binding.reject(messageKey);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, binding);
  }

  /** A form posted without a usable version was not made by our page. */
  static long requireVersion(Long version, BindingResult binding) {
    if (version == null || binding.hasFieldErrors("version")) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    return version;
  }
}
