package org.goldenthread.child;

import java.util.List;

/** National curriculum year groups, as schools write them: N1, N2, R, 1 to 14. */
public final class YearGroup {

  public static final List<String> ALL =
      List.of(
          "N1", "N2", "R", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
          "14");

  private YearGroup() {}

  public static boolean isValid(String yearGroup) {
    return yearGroup != null && ALL.contains(yearGroup);
  }
}
