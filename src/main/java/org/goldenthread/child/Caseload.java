package org.goldenthread.child;

import java.util.Comparator;
import java.util.List;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.Choice;
import org.goldenthread.web.PageOf;
import org.springframework.data.domain.Page;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * A list of children with its filters, a page of 50 at a time, as the children page and the school
 * and authority homes show it (the {@code child/parts :: caseload} fragment).
 */
final class Caseload {

  static final String FILTER = "filter";
  static final int PAGE_SIZE = 50;

  private Caseload() {}

  /**
   * Adds the page of the children the person may see that was asked for ({@code page}, from 0),
   * with the filter and its choices.
   *
   * @return how many children the person may see, filter or none
   */
  static long show(
      Model model,
      Children children,
      CurrentUser user,
      ChildFilter filter,
      int page,
      String action) {
    Page<ChildSummary> found = children.page(user, filter, PageOf.request(page, PAGE_SIZE));
    long total = filter.isActive() ? children.countVisibleTo(user) : found.getTotalElements();
    addTo(model, found, total, filter, children.schoolsVisibleTo(user), action);
    return total;
  }

  /** More schools than this make a list too long to choose from: the search finds them. */
  static final int MOST_SCHOOLS_TO_CHOOSE_FROM = 30;

  /**
   * Adds one page of the children the person may see, the filter and its choices.
   *
   * @param found the page of children that match the filter
   * @param total how many children the person may see, filter or none
   * @param schools the schools to filter by; the school filter shows when there are two or more,
   *     and no more than {@link #MOST_SCHOOLS_TO_CHOOSE_FROM} (beyond that, the search finds a
   *     school by its name)
   * @param action where the filter form sends its query ("/" or "/children")
   */
  private static void addTo(
      Model model,
      Page<ChildSummary> found,
      long total,
      ChildFilter filter,
      List<SchoolSummary> schools,
      String action) {
    model.addAttribute(FILTER, filter);
    model.addAttribute("caseload", found.getContent());
    model.addAttribute("caseloadPage", found);
    model.addAttribute("caseloadMatching", found.getTotalElements());
    model.addAttribute("caseloadTotal", total);
    model.addAttribute("filterActive", filter.isActive());
    model.addAttribute("filterAction", action);
    if (found.hasPrevious()) {
      model.addAttribute("previousHref", pageHref(found.getNumber() - 1));
    }
    if (found.hasNext()) {
      model.addAttribute("nextHref", pageHref(found.getNumber() + 1));
    }
    model.addAttribute("yearChoices", Choice.ofValues(YearGroup.ALL.toArray(String[]::new)));
    model.addAttribute("statusChoices", Choice.ofValues(SenStatus.values()));
    model.addAttribute("needChoices", Choice.ofValues(NeedCode.values()));
    model.addAttribute(
        "schoolChoices",
        schools.size() <= MOST_SCHOOLS_TO_CHOOSE_FROM ? choicesOf(schools) : List.of());
  }

  /** Schools as choices, by name. */
  static List<Choice> choicesOf(List<SchoolSummary> schools) {
    return schools.stream()
        .sorted(Comparator.comparing(SchoolSummary::name, String.CASE_INSENSITIVE_ORDER))
        .map(school -> Choice.of(school.id().toString(), school.name()))
        .toList();
  }

  /** This page's address with another page number, the filters kept. */
  private static String pageHref(int page) {
    UriComponents here =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("page", page)
            .build(true);
    return here.getPath() + "?" + here.getQuery();
  }
}
