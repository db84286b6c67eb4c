package org.goldenthread.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A run that happened: its day, when it started and finished, and how many it deleted by rule. */
record PastRun(
    LocalDate day,
    Instant startedAt,
    Instant finishedAt,
    String trigger,
    Map<String, Integer> deleted) {

  public int total() {
    return deleted.values().stream().mapToInt(Integer::intValue).sum();
  }
}
