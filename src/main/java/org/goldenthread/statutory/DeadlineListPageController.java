package org.goldenthread.statutory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.Children;
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
 * met; {@code ?name=} keeps those of the children whose name holds what was typed.
 */
@Controller
class DeadlineListPageController {

  static final String VIEW = "statutory/deadlines";
  static final int PER_PAGE = 50;
  static final Set<String> SHOWN = Set.of("open", "missed", "all");

  /** The most of a name searched for that counts: no child's name is longer. */
  static final int MOST_SEARCHED = 200;

  private final Deadlines deadlines;
  private final DeadlineRows rows;
  private final Children children;

  DeadlineListPageController(Deadlines deadlines, DeadlineRows rows, Children children) {
    this.deadlines = deadlines;
    this.rows = rows;
    this.children = children;
  }

  @GetMapping("/deadlines")
  String list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "open") String show,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "0") String page,
      Model model) {
    String shown = SHOWN.contains(show) ? show : "open";
    String searched = name.strip();
    searched = searched.substring(0, Math.min(MOST_SEARCHED, searched.length()));
    List<Deadline> all =
        named(
            deadlines.visibleTo(Callers.of(user), null, null).stream()
                .filter(deadline -> kept(deadline, shown))
                .toList(),
            searched);
    int number = pageNumber(page, all.size());
    int from = number * PER_PAGE;
    List<DeadlineRow> items = rows.of(all.subList(from, Math.min(from + PER_PAGE, all.size())));
    model.addAttribute("show", shown);
    model.addAttribute("filter", new Filter(searched));
    model.addAttribute(
        "deadlinePage", new PageImpl<>(items, PageRequest.of(number, PER_PAGE), all.size()));
    return VIEW;
  }

  /** Those about a child whose name holds the words searched for (all of them, when none are). */
  private List<Deadline> named(List<Deadline> found, String searched) {
    if (searched.isEmpty()) {
      return found;
    }
    String wanted = searched.toLowerCase(Locale.UK);
    Map<UUID, String> names =
        children.displayNames(found.stream().map(Deadline::childId).collect(Collectors.toSet()));
    return found.stream()
        .filter(d -> names.getOrDefault(d.childId(), "").toLowerCase(Locale.UK).contains(wanted))
        .toList();
  }

  /** The search form, as typed. */
  public record Filter(String name) {}

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
