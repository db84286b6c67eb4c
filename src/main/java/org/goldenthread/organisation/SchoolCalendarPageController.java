package org.goldenthread.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school's days: how many school days it gives itself to answer a request in writing and to
 * respond to a family's evidence, after how many weeks a family counts as out of touch, from what
 * age its pupils may be invited to an account of their own, and its term dates. The school's staff
 * read the page; its SENCO, head or administrator change it.
 */
@Controller
class SchoolCalendarPageController {

  static final String VIEW = "organisation/school-days";
  static final String FORM = "schoolCalendarForm";
  static final String TERM_FORM = "schoolTermForm";

  private final SchoolCalendars calendars;

  SchoolCalendarPageController(SchoolCalendars calendars) {
    this.calendars = calendars;
  }

  /** The first school the person works at; its page links to the others. */
  @GetMapping("/school-days")
  String yours(@AuthenticationPrincipal CurrentUser user) {
    List<SchoolSummary> schools = calendars.schoolsOf(user);
    if (schools.isEmpty()) {
      throw NotFound.error();
    }
    return "redirect:/schools/" + schools.get(0).id() + "/days";
  }

  @GetMapping("/schools/{schoolId}/days")
  String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID schoolId, Model model) {
    SchoolCalendar calendar = calendars.read(user, schoolId);
    model.addAttribute(FORM, SchoolCalendarForm.of(calendar));
    model.addAttribute(TERM_FORM, SchoolTermForm.empty(calendar.version()));
    return page(user, calendar, model);
  }

  @PostMapping("/schools/{schoolId}/days")
  String save(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable UUID schoolId,
      @ModelAttribute(FORM) SchoolCalendarForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    SchoolCalendar calendar = calendars.read(user, schoolId);
    long version = PageForms.requireVersion(form.version(), binding);
    SchoolCalendarChange change = form.change(binding);
    if (!binding.hasErrors()) {
      try {
        calendars.change(user, schoolId, version, change);
        return saved(redirect, schoolId, "school.settings.saved", calendar.schoolName());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        return conflict(user, schoolId, model);
      }
    }
    model.addAttribute(TERM_FORM, SchoolTermForm.empty(calendar.version()));
    return page(user, calendar, model);
  }

  @PostMapping("/schools/{schoolId}/days/terms")
  String addTerm(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable UUID schoolId,
      @ModelAttribute(TERM_FORM) SchoolTermForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    SchoolCalendar calendar = calendars.read(user, schoolId);
    long version = PageForms.requireVersion(form.version(), binding);
    LocalDate startsOn = date(binding, "startsOn", form.startsOn());
    LocalDate endsOn = date(binding, "endsOn", form.endsOn());
    if (!binding.hasErrors()) {
      List<SchoolTerm> terms = new ArrayList<>(calendar.terms());
      terms.add(new SchoolTerm(startsOn, endsOn));
      try {
        calendars.change(user, schoolId, version, SchoolCalendarChange.terms(terms));
        return saved(redirect, schoolId, "school.settings.term.added", calendar.schoolName());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem, Map.of("terms", "startsOn"));
      } catch (EditConflict conflict) {
        return conflict(user, schoolId, model);
      }
    }
    model.addAttribute(FORM, SchoolCalendarForm.of(calendar));
    return page(user, calendar, model);
  }

  @PostMapping("/schools/{schoolId}/days/terms/remove")
  String removeTerm(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable UUID schoolId,
      @RequestParam String startsOn,
      @RequestParam long version,
      Model model,
      RedirectAttributes redirect) {
    SchoolCalendar calendar = calendars.read(user, schoolId);
    LocalDate first;
    try {
      first = LocalDate.parse(startsOn);
    } catch (DateTimeParseException e) {
      throw ValidationProblem.of("startsOn", "school.settings.error.term.missing");
    }
    List<SchoolTerm> terms =
        calendar.terms().stream().filter(term -> !term.startsOn().equals(first)).toList();
    try {
      calendars.change(user, schoolId, version, SchoolCalendarChange.terms(terms));
      return saved(redirect, schoolId, "school.settings.term.removed", calendar.schoolName());
    } catch (EditConflict conflict) {
      return conflict(user, schoolId, model);
    }
  }

  private static LocalDate date(BindingResult binding, String field, DateInput typed) {
    if (typed.isBlank()) {
      binding.rejectValue(field, "school.settings.error.term.missing");
      return null;
    }
    return typed
        .toLocalDate()
        .orElseGet(
            () -> {
              binding.rejectValue(field, "school.settings.error.term.date");
              return null;
            });
  }

  private static String saved(
      RedirectAttributes redirect, UUID schoolId, String messageKey, String schoolName) {
    redirect.addFlashAttribute(PageBanner.ATTRIBUTE, PageBanner.success(messageKey, schoolName));
    return "redirect:/schools/" + schoolId + "/days";
  }

  /** Someone changed the school's days first: the page again as saved now, with a message. */
  private String conflict(CurrentUser user, UUID schoolId, Model model) {
    SchoolCalendar now = calendars.read(user, schoolId);
    model.addAttribute(FORM, SchoolCalendarForm.of(now));
    model.addAttribute(TERM_FORM, SchoolTermForm.empty(now.version()));
    BindingResult binding = new BeanPropertyBindingResult(model.getAttribute(FORM), FORM);
    binding.reject("school.settings.conflict");
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, binding);
    return page(user, now, model);
  }

  private String page(CurrentUser user, SchoolCalendar calendar, Model model) {
    model.addAttribute("calendar", calendar);
    model.addAttribute("schools", calendars.schoolsOf(user));
    return VIEW;
  }
}
