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

  /**
   * The year as the API gives it, a number: 0 for reception, -1 and -2 for nursery (N2, N1), 1 to
   * 14 for the others; null for none.
   */
  public static Integer number(String yearGroup) {
    if (!isValid(yearGroup)) {
      return null;
    }
    return switch (yearGroup) {
      case "N1" -> -2;
      case "N2" -> -1;
      case "R" -> 0;
      default -> Integer.valueOf(yearGroup);
    };
  }

  /**
   * The year group of what the API was sent: a number as {@link #number} gives it (also as text),
   * or a year group as schools write it. Anything else is kept as sent, for the rules to refuse.
   */
  public static String fromApi(String sent) {
    if (sent == null || sent.isBlank()) {
      return null;
    }
    String value = sent.strip();
    return switch (value) {
      case "-2" -> "N1";
      case "-1" -> "N2";
      case "0" -> "R";
      default -> value.toUpperCase(java.util.Locale.ROOT);
    };
  }
}
