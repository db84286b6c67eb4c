package org.goldenthread.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan page (as a thread to read, or as tables), the plan as it stood on a day, and agreeing
 * the plan.
 */
@Controller
class PlanPageController {

  static final String VIEW = "plan/plan";
  static final String HISTORY_VIEW = "plan/history";
  static final String HISTORY_FORM = "historyForm";

  private final Plans plans;
  private final Clock clock;

  PlanPageController(Plans plans, Clock clock) {
    this.plans = plans;
    this.clock = clock;
  }

  @GetMapping("/children/{childId}/plan")
  String show(AccessibleChild child, @RequestParam(required = false) String view, Model model) {
    model.addAttribute("openedChild", child);
    model.addAttribute("planPage", PlanPageModel.of(child, plans.plan(child)));
    model.addAttribute("asTables", "tables".equals(view));
    return VIEW;
  }

  /**
   * The plan as it stood at the end of a day: {@code ?at=2026-03-01}, or the three boxes of the
   * page's date form, which lead to that address.
   */
  @GetMapping("/children/{childId}/plan/history")
  String history(
      AccessibleChild child,
      @RequestParam(required = false) String at,
      @RequestParam(name = "at.day", required = false) String day,
      @RequestParam(name = "at.month", required = false) String month,
      @RequestParam(name = "at.year", required = false) String year,
      Model model) {
    model.addAttribute("openedChild", child);
    HistoryForm form;
    LocalDate date = null;
    if (day != null || month != null || year != null) {
      form = new HistoryForm(new DateInput(day, month, year));
      date = form.at().toLocalDate().orElse(null);
      if (date != null && !date.isAfter(LocalDate.now(clock))) {
        return "redirect:" + PlanPaths.plan(child.id()) + "/history?at=" + date;
      }
    } else {
      date = isoDate(at);
      form = new HistoryForm(date == null ? DateInput.of(null) : DateInput.of(date));
    }
    BindingResult binding = new BeanPropertyBindingResult(form, HISTORY_FORM);
    if ((at != null || day != null) && date == null) {
      binding.rejectValue("at", "plan.history.error.date");
    } else if (date != null && date.isAfter(LocalDate.now(clock))) {
      binding.rejectValue("at", "plan.history.error.future");
    } else if (date != null) {
      model.addAttribute("planPage", PlanPageModel.readOnly(child.id(), plans.asOf(child, date)));
      model.addAttribute("asOf", date);
    }
    model.addAttribute(HISTORY_FORM, form);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + HISTORY_FORM, binding);
    return HISTORY_VIEW;
  }

  /** Agrees the version of the plan that was read; a plan changed since is not agreed. */
  @PostMapping("/children/{childId}/plan/agreement")
  String agree(
      AccessibleChild child,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    String plan = PlanPaths.plan(child.id());
    if (version == null) {
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.important("plan.page.agreement.changed", null));
      return "redirect:" + plan;
    }
    try {
      AgreementView agreed = plans.agree(child, version);
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.success("plan.page.agreement.done", agreed.name()));
    } catch (EditConflict conflict) {
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.important("plan.page.agreement.changed", null));
    } catch (ValidationProblem nothing) {
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.important("plan.error.nothingToAgree", null));
    }
    return "redirect:" + plan;
  }

  private static LocalDate isoDate(String at) {
    if (at == null || at.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(at.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The day to see the plan on, as typed. */
  public record HistoryForm(DateInput at) {}
}
