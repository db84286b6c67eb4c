package org.goldenthread.retention;

import java.util.List;

/** What one rule deletes now (the dry run), or deleted (a run): the ids of the records. */
record RuleReport(String rule, Rule.Keep keep, List<String> records) {

  private static final int SHOWN = 50;

  public int count() {
    return records.size();
  }

  /** The first records the page lists (of a long list, the rest are counted). */
  public List<String> shown() {
    return records.subList(0, Math.min(records.size(), SHOWN));
  }

  public int notShown() {
    return records.size() - shown().size();
  }

  /** Whether the page lists the records one by one: children's records only, by their id. */
  public boolean listed() {
    return "children".equals(rule);
  }
}
