package org.goldenthread.child;

import java.util.List;
import java.util.Locale;

/**
 * The filters of a list of children, as the query string gives them: year group, SEN status,
 * primary or secondary need, school, and a search by name or UPN. A blank filter matches all.
 */
record ChildFilter(String year, String status, String need, String school, String search) {

  static ChildFilter none() {
    return new ChildFilter(null, null, null, null, null);
  }

  boolean isActive() {
    return !blank(year) || !blank(status) || !blank(need) || !blank(school) || !blank(search);
  }

  List<ChildSummary> apply(List<ChildSummary> children) {
    return children.stream().filter(this::matches).toList();
  }

  boolean matches(ChildSummary child) {
    return (blank(year) || year.strip().equalsIgnoreCase(child.yearGroup()))
        && (blank(status)
            || (child.senStatus() != null && child.senStatus().name().equals(status.strip())))
        && (blank(need) || is(child.primaryNeed(), need) || is(child.secondaryNeed(), need))
        && (blank(school)
            || (child.schoolId() != null && child.schoolId().toString().equals(school.strip())))
        && (blank(search) || found(child, search));
  }

  private static boolean found(ChildSummary child, String search) {
    String wanted = search.strip().toLowerCase(Locale.UK);
    String upn = Upn.normalise(search);
    String names =
        String.join(
                " ",
                child.givenName(),
                child.familyName(),
                child.preferredName() == null ? "" : child.preferredName())
            .toLowerCase(Locale.UK);
    return names.contains(wanted)
        || (child.givenName() + " " + child.familyName()).toLowerCase(Locale.UK).contains(wanted)
        || child.displayName().toLowerCase(Locale.UK).contains(wanted)
        || (child.upn() != null && upn != null && child.upn().contains(upn));
  }

  private static boolean is(NeedCode need, String wanted) {
    return need != null && need.name().equals(wanted.strip());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
