package org.goldenthread.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Renders the test templates under {@code templates/test/fragments/} that use one GOV.UK fragment
 * each. A {@link TestComponent}, so that component scanning never picks it up: only the tests that
 * import it (through {@link FragmentTest}) have its routes.
 */
@TestComponent
@Controller
@RequestMapping("/test/fragments")
class FragmentTestController {

  static final List<Choice> CONTACT_METHODS =
      List.of(
          Choice.of("email", "Email", "We reply within 2 working days"),
          Choice.of("phone", "Phone"),
          Choice.orDivider("or"),
          Choice.of("post", "Post"));

  static final List<Choice> NEEDS =
      List.of(
          Choice.of("SLCN", "Speech, language and communication"),
          Choice.of("SEMH", "Social, emotional and mental health", "Including anxiety"),
          Choice.of("ASD", "Autistic spectrum disorder"),
          Choice.orDivider("or"),
          Choice.exclusiveOf("none", "None of these"));

  static final List<Choice> YEAR_GROUPS =
      List.of(Choice.of("R", "Reception"), Choice.of("1", "Year 1"), Choice.of("2", "Year 2"));

  @ModelAttribute
  void addChoices(Model model) {
    model.addAttribute("contactMethods", CONTACT_METHODS);
    model.addAttribute("needs", NEEDS);
    model.addAttribute("yearGroups", YEAR_GROUPS);
    model.addAttribute("yearGroupValues", Choice.ofValues("R", "1"));
    model.addAttribute(
        "rows",
        List.of(
            SummaryRow.of("Name", "Sam <Patel>").withAction("/child/name", "Change", "name"),
            SummaryRow.of("Address", "1 High Street\nLeeds\nLS1 1AA"),
            SummaryRow.of("School", null)));
    model.addAttribute("plainRows", List.of(SummaryRow.of("Year group", "Year 4")));
  }

  @GetMapping("/{fragment}")
  String show(@PathVariable String fragment, Model model) {
    model.addAttribute("sampleForm", SampleForm.empty());
    return view(fragment);
  }

  @PostMapping("/{fragment}")
  String submit(
      @PathVariable String fragment,
      @Valid @ModelAttribute("sampleForm") SampleForm form,
      BindingResult result) {
    DateInput date = form.dateOfBirth();
    if (date == null || date.isBlank()) {
      result.rejectValue("dateOfBirth", "date.required", "Enter your date of birth");
    } else if (date.year() == null || date.year().isBlank()) {
      result.rejectValue("dateOfBirth.year", "date.year", "Date of birth must include a year");
    } else if (date.toLocalDate().isEmpty()) {
      result.rejectValue("dateOfBirth", "date.real", "Date of birth must be a real date");
    }
    if (form.email() != null && form.email().contains("!")) {
      result.reject("form.global", "Something about the whole form is wrong");
    }
    return view(fragment);
  }

  private static String view(String fragment) {
    return "test/fragments/" + fragment.replaceAll("[^a-z-]", "");
  }
}
