package org.goldenthread.child;

/**
 * The filters of a list of children, as the query string gives them: year group, SEN status,
 * primary or secondary need, school, and a search by name or UPN. A blank filter matches all; the
 * database applies them ({@link ChildListQuery}).
 */
record ChildFilter(String year, String status, String need, String school, String search) {

  static ChildFilter none() {
    return new ChildFilter(null, null, null, null, null);
  }

  boolean isActive() {
    return !blank(year) || !blank(status) || !blank(need) || !blank(school) || !blank(search);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
