package org.goldenthread.deadline;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bank holidays the deadlines are counted with, for a platform administrator: which years they
 * cover, and loading a newer file in the GOV.UK format.
 */
@Controller
@RequestMapping(BankHolidayPageController.PATH)
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class BankHolidayPageController {

  static final String PATH = "/admin/bank-holidays";
  static final String VIEW = "deadline/bank-holidays";
  static final String FORM = "holidayUploadForm";

  private final BankHolidays holidays;
  private final DeadlineCalendar calendar;
  private final JsonMapper json;
  private final DeadlineWording wording;

  BankHolidayPageController(
      BankHolidays holidays, DeadlineCalendar calendar, JsonMapper json, DeadlineWording wording) {
    this.holidays = holidays;
    this.calendar = calendar;
    this.json = json;
    this.wording = wording;
  }

  @GetMapping
  String show(Model model) {
    model.addAttribute(FORM, new HolidayUploadForm(null, currentVersion()));
    return page(model);
  }

  @PostMapping
  String load(
      @ModelAttribute(FORM) HolidayUploadForm form,
      BindingResult binding,
      Authentication person,
      Model model,
      RedirectAttributes redirect) {
    if (form.file() == null || form.file().isEmpty()) {
      binding.rejectValue("file", "deadline.holidays.error.choose");
      return page(model);
    }
    try {
      HolidayFile file = HolidayFile.read(form.file().getBytes(), json);
      CalendarCoverage loaded =
          holidays.load(file, fileName(form), person.getName(), form.version());
      calendar.forget();
      redirect.addFlashAttribute(
          "pageBanner",
          new Banner(
              "deadline.holidays.loaded", loaded.firstYear() + "–" + loaded.lastYear(), true));
      return "redirect:" + PATH;
    } catch (HolidayFile.Problem problem) {
      binding.rejectValue("file", problem.messageKey(), problem.arguments(), null);
    } catch (BankHolidays.CalendarChanged changed) {
      binding.rejectValue("file", "deadline.holidays.error.changed");
    } catch (IOException unreadable) {
      binding.rejectValue("file", "deadline.holidays.error.notJson");
    }
    return page(model);
  }

  private String page(Model model) {
    model.addAttribute("coverage", holidays.coverage().orElse(null));
    Map<Integer, List<Holiday>> byYear =
        holidays.all().stream()
            .map(h -> new Holiday(h.day(), wording.day(h.day()), h.title()))
            .collect(
                Collectors.groupingBy(h -> h.day().getYear(), TreeMap::new, Collectors.toList()));
    model.addAttribute("holidaysByYear", byYear);
    model.addAttribute("today", calendar.today());
    return VIEW;
  }

  private Long currentVersion() {
    return holidays.coverage().map(CalendarCoverage::version).orElse(null);
  }

  private static String fileName(HolidayUploadForm form) {
    String name = form.file().getOriginalFilename();
    String plain = name == null ? "" : name.replaceAll("[\\p{Cntrl}]", "").strip();
    if (plain.isEmpty()) {
      return "Uploaded file";
    }
    return plain.length() > 150 ? plain.substring(0, 150) : plain;
  }

  /** A bank holiday as the page lists it. */
  record Holiday(LocalDate day, String inWords, String title) {}

  /** The one-off message after loading, as the layout's banner shows it. */
  record Banner(String messageKey, String argument, boolean success) {}
}
