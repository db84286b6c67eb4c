package org.goldenthread.deadline;

import java.beans.PropertyEditorSupport;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The rights calculator for families, open to everyone: "I received the decision letter on …: by
 * when must I appeal?", answered with the date and the rule in plain words.
 */
@Controller
class CalculatorPageController {

  static final String VIEW = "deadline/calculator";
  static final String FORM = "calculatorForm";

  private final RightsCalculator calculator;

  CalculatorPageController(RightsCalculator calculator) {
    this.calculator = calculator;
  }

  /** A date given whole in the address ({@code on=2026-01-05}) fills the form's three boxes. */
  @InitBinder(FORM)
  void datesGivenWhole(WebDataBinder binder) {
    binder.registerCustomEditor(
        TypedDate.class,
        new PropertyEditorSupport() {
          @Override
          public void setAsText(String text) {
            setValue(TypedDate.ofText(text));
          }
        });
  }

  @GetMapping("/deadlines/calculator")
  String calculate(@ModelAttribute(FORM) CalculatorForm form, BindingResult binding, Model model) {
    model.addAttribute("kinds", KindOption.ALL);
    if (form.asked()) {
      form.question(binding)
          .ifPresent(question -> model.addAttribute("answer", calculator.answer(question)));
    }
    return VIEW;
  }

  /** A kind of deadline the calculator offers, as the radios fragment takes it. */
  record KindOption(String value, boolean divider) {

    static final List<KindOption> ALL =
        Arrays.stream(DeadlineKind.values())
            .filter(DeadlineKind::followsFromDates)
            .map(kind -> new KindOption(kind.name(), false))
            .toList();
  }
}
