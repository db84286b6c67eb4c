package org.goldenthread.retention;

import java.time.Instant;
import java.time.Period;
import java.util.List;

/**
 * One kind of record and how long it is kept. The dry run and the real run both ask {@link
 * #candidates}; the real run then deletes exactly those.
 */
interface Rule {

  /** The rule's name in pages, the API, the audit log and {@code retention_run_rule}. */
  String key();

  /** How long the records are kept, for people to read: a period, or the age for children. */
  Keep keep();

  /** The ids of the records past their time at that moment, in a stable order. */
  List<String> candidates(Instant now);

  /** Deletes those records (in the caller's transaction). */
  void delete(List<String> ids);

  /**
   * How long a kind of record is kept: for a period, or (children's records) until the end of the
   * school year in which the young person reaches an age.
   */
  record Keep(Period period, Integer untilAge) {}
}
