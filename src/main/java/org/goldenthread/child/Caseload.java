package org.goldenthread.child;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.Choice;
import org.springframework.ui.Model;

/**
 * A list of children with its filters, as the children page and the school and authority homes show
 * it (the {@code child/parts :: caseload} fragment).
 */
final class Caseload {

  static final String FILTER = "filter";

  private Caseload() {}

  /**
   * Adds the filtered children and the filter choices.
   *
   * @param schools the schools to filter by; the school filter shows when there are two or more
   * @param action where the filter form sends its query ("/" or "/children")
   */
  static void addTo(
      Model model,
      List<ChildSummary> visible,
      ChildFilter filter,
      List<Choice> schools,
      String action) {
    ChildFilter applied = filter == null ? ChildFilter.none() : filter;
    model.addAttribute(FILTER, applied);
    model.addAttribute("caseload", applied.apply(visible));
    model.addAttribute("caseloadTotal", visible.size());
    model.addAttribute("filterActive", applied.isActive());
    model.addAttribute("filterAction", action);
    model.addAttribute("yearChoices", Choice.ofValues(YearGroup.ALL.toArray(String[]::new)));
    model.addAttribute("statusChoices", Choice.ofValues(SenStatus.values()));
    model.addAttribute("needChoices", Choice.ofValues(NeedCode.values()));
    model.addAttribute("schoolChoices", schools);
  }

  /** Schools as choices, by name. */
  static List<Choice> choicesOf(List<SchoolSummary> schools) {
    return schools.stream()
        .sorted(Comparator.comparing(SchoolSummary::name, String.CASE_INSENSITIVE_ORDER))
        .map(school -> Choice.of(school.id().toString(), school.name()))
        .toList();
  }

  /** The schools of the children on the list, by name, for a school filter. */
  static List<Choice> schoolsOf(List<ChildSummary> children) {
    Map<UUID, String> schools = new LinkedHashMap<>();
    children.forEach(
        child ->
            schools.putIfAbsent(
                child.schoolId(), child.schoolName() == null ? "" : child.schoolName()));
    return schools.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
        .map(school -> Choice.of(school.getKey().toString(), school.getValue()))
        .toList();
  }
}
