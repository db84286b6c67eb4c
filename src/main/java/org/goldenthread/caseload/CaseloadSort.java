package org.goldenthread.caseload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.goldenthread.child.YearGroup;

/** The columns the caseload can be sorted by, and their order in SQL. */
enum CaseloadSort {
  NAME(null),
  YEAR(yearOrder()),
  NEXT_REVIEW("next_review"),
  MEETINGS("meetings"),
  OVERDUE_ACTIONS("overdue_actions"),
  NEXT_DEADLINE("next_deadline");

  private final String column;

  CaseloadSort(String column) {
    this.column = column;
  }

  /**
   * The ORDER BY: the column (empty ones last either way), then by name, so that every page is the
   * same whatever the database does with ties.
   */
  String orderBy(boolean descending) {
    String direction = descending ? " desc" : " asc";
    String byName = "lower(family_name)" + direction + ", lower(given_name)" + direction + ", id";
    return column == null
        ? byName
        : column + direction + " nulls last, " + byName.replace(" desc", " asc");
  }

  /** The sort a query parameter names, if any (anything else sorts by name). */
  static Optional<CaseloadSort> named(String value) {
    if (value == null || value.isBlank() || value.length() > 40) {
      return Optional.empty();
    }
    String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst();
  }

  /** Year groups in school order (nursery first), not as text ("10" before "7"). */
  private static String yearOrder() {
    return YearGroup.ALL.stream()
        .map(year -> "when '" + year.replace("'", "''") + "' then " + YearGroup.ALL.indexOf(year))
        .collect(Collectors.joining(" ", "(case year_group ", " end)"));
  }
}
