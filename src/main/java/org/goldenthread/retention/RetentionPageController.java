package org.goldenthread.retention;

import java.time.Clock;
import org.goldenthread.web.PageBanner;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's retention page: what each rule would delete now (the dry run), the latest
 * runs and what they deleted, and a button that runs today's retention at once.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class RetentionPageController {

  static final String VIEW = "retention/retention";
  static final int RUNS_SHOWN = 10;

  private final RetentionRuns runs;
  private final RetentionSettings settings;
  private final Clock clock;

  RetentionPageController(RetentionRuns runs, RetentionSettings settings, Clock clock) {
    this.runs = runs;
    this.settings = settings;
    this.clock = clock;
  }

  @GetMapping("/admin/retention")
  String show(Model model) {
    model.addAttribute("rules", runs.dryRun(clock.instant()));
    model.addAttribute("runs", runs.history(RUNS_SHOWN));
    model.addAttribute("retention", settings);
    return VIEW;
  }

  @PostMapping("/admin/retention/runs")
  String run(RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        PageBanner.ATTRIBUTE,
        runs.run(clock.instant(), RetentionRuns.Trigger.ADMINISTRATOR)
            .map(
                done ->
                    PageBanner.success(
                        "retention.banner.ran",
                        String.valueOf(done.stream().mapToInt(RuleReport::count).sum())))
            .orElseGet(() -> PageBanner.important("retention.banner.already", null)));
    return "redirect:/admin/retention";
  }
}
