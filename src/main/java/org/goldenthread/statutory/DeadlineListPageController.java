package org.goldenthread.statutory;

import java.util.List;
import java.util.Set;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.Deadlines;
import org.goldenthread.identity.CurrentUser;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every deadline still open for the children the person may see, soonest first: for an authority
 * officer, every open and missed deadline in their area; for a SENCO, their pupils'; for a family,
 * their own children's. {@code ?show=missed} keeps the missed ones, {@code ?show=all} adds those
 * met.
 */
@Controller
class DeadlineListPageController {

  static final String VIEW = "statutory/deadlines";
  static final int PER_PAGE = 50;
  static final Set<String> SHOWN = Set.of("open", "missed", "all");

  private final Deadlines deadlines;
  private final DeadlineRows rows;

  DeadlineListPageController(Deadlines deadlines, DeadlineRows rows) {
    this.deadlines = deadlines;
    this.rows = rows;
  }

  @GetMapping("/deadlines")
  String list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "open") String show,
      @RequestParam(defaultValue = "0") String page,
      Model model) {
    String shown = SHOWN.contains(show) ? show : "open";
    List<Deadline> all =
        deadlines.visibleTo(Callers.of(user), null, null).stream()
            .filter(deadline -> kept(deadline, shown))
            .toList();
    int number = pageNumber(page, all.size());
    int from = number * PER_PAGE;
    List<DeadlineRow> items = rows.of(all.subList(from, Math.min(from + PER_PAGE, all.size())));
    model.addAttribute("show", shown);
    model.addAttribute(
        "deadlinePage", new PageImpl<>(items, PageRequest.of(number, PER_PAGE), all.size()));
    return VIEW;
  }

  private static boolean kept(Deadline deadline, String shown) {
    return switch (shown) {
      case "missed" -> DeadlineRow.shownAsOpen(deadline) && DeadlineRow.late(deadline);
      case "all" -> true;
      default -> DeadlineRow.shownAsOpen(deadline);
    };
  }

  private static int pageNumber(String page, int total) {
    int last = Math.max(0, (total - 1) / PER_PAGE);
    try {
      return Math.min(Math.max(0, Integer.parseInt(page.strip())), last);
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }
}
