package org.goldenthread.caseload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SenStatus;
import org.goldenthread.child.YearGroup;

/**
 * The caseload's filters and order as the query string gives them. Anything that is not one of the
 * choices (a status, need, year group, figure or column that does not exist, markup, a very long
 * value) is ignored, as if it had not been given: the list is only ever narrowed by real choices.
 *
 * @param status the SEN status (census code N, K or E)
 * @param need a primary or secondary need
 * @param year a year group
 * @param show the figure whose list this is
 * @param sort the column sorted by
 * @param descending whether the sort is from the highest (or latest) first
 */
record CaseloadFilter(
    SenStatus status,
    NeedCode need,
    String year,
    Figure show,
    CaseloadSort sort,
    boolean descending) {

  static CaseloadFilter none() {
    return new CaseloadFilter(null, null, null, null, CaseloadSort.NAME, false);
  }

  /** The filter the query parameters ask for, each ignored when it is not a real choice. */
  static CaseloadFilter of(
      String status, String need, String year, String show, String sort, String order) {
    return new CaseloadFilter(
        enumValue(SenStatus.class, status).orElse(null),
        enumValue(NeedCode.class, need).orElse(null),
        year != null && YearGroup.isValid(year.strip()) ? year.strip() : null,
        Figure.named(show).orElse(null),
        CaseloadSort.named(sort).orElse(CaseloadSort.NAME),
        "desc".equalsIgnoreCase(order == null ? null : order.strip()));
  }

  boolean isActive() {
    return status != null || need != null || year != null || show != null;
  }

  /** The query string that asks for this filter again ({@code page} left out). */
  String query() {
    StringBuilder query = new StringBuilder();
    if (status != null) {
      query.append("&status=").append(status.name());
    }
    if (need != null) {
      query.append("&need=").append(need.name());
    }
    if (year != null) {
      query
          .append("&year=")
          .append(java.net.URLEncoder.encode(year, java.nio.charset.StandardCharsets.UTF_8));
    }
    if (show != null) {
      query.append("&show=").append(show.name());
    }
    if (sort != CaseloadSort.NAME) {
      query.append("&sort=").append(sort.name());
    }
    if (descending) {
      query.append("&order=desc");
    }
    return query.length() == 0 ? "" : query.substring(1);
  }

  /** The same filter sorted by this column: the other way round when it is already sorted by it. */
  CaseloadFilter sortedBy(CaseloadSort column) {
    boolean flip = column == sort && !descending;
    return new CaseloadFilter(status, need, year, show, column, flip);
  }

  /** The same filter showing the list behind another figure, with no other filter. */
  static CaseloadFilter showing(Figure figure) {
    return new CaseloadFilter(null, null, null, figure, CaseloadSort.NAME, false);
  }

  private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value) {
    if (value == null || value.isBlank() || value.length() > 40) {
      return Optional.empty();
    }
    String wanted = value.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst();
  }
}
