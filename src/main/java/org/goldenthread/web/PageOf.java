package org.goldenthread.web;

import java.util.List;

/** One page of a list, as the API answers lists: {@code ?page=0&size=50}. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

  public static final int MAX_SIZE = 200;

  /**
   * The page asked for, for a query paged in the database: a size outside 1..200 brought inside,
   * and a page number no further than the database can skip to (past the last row, so empty).
   */
  public static org.springframework.data.domain.PageRequest request(int page, int size) {
    int safeSize = Math.max(1, Math.min(size, MAX_SIZE));
    int safePage = Math.min(Math.max(0, page), Integer.MAX_VALUE / safeSize);
    return org.springframework.data.domain.PageRequest.of(safePage, safeSize);
  }

  /** A page answered by the database, its items turned into what the API answers. */
  public static <S, T> PageOf<T> of(
      org.springframework.data.domain.Page<S> found, java.util.function.Function<S, T> item) {
    return new PageOf<>(
        found.getContent().stream().map(item).toList(),
        found.getNumber(),
        found.getSize(),
        found.getTotalElements());
  }

  /** The requested page of an in-memory list; a size outside 1..200 is brought inside. */
  public static <T> PageOf<T> of(List<T> all, int page, int size) {
    int safeSize = Math.max(1, Math.min(size, MAX_SIZE));
    int safePage = Math.max(0, page);
    int from = (int) Math.min((long) safePage * safeSize, all.size());
    int to = Math.min(from + safeSize, all.size());
    return new PageOf<>(all.subList(from, to), safePage, safeSize, all.size());
  }
}
