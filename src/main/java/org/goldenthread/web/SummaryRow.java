package org.goldenthread.web;

import java.util.List;

/**
 * One row of the summary-list fragment: a key, a value and, optionally, an action link such as
 * "Change". Values with line breaks are shown on separate lines (an address, for example).
 */
public record SummaryRow(String key, String value, Action action) {

  /**
   * A link at the end of a row.
   *
   * @param visuallyHiddenText what the link is about, for screen reader users ("Change" + "name")
   */
  public record Action(String href, String text, String visuallyHiddenText) {}

  public static SummaryRow of(String key, String value) {
    return new SummaryRow(key, value, null);
  }

  public SummaryRow withAction(String href, String text, String visuallyHiddenText) {
    return new SummaryRow(key, value, new Action(href, text, visuallyHiddenText));
  }

  /** The value split into its lines; empty when there is no value. */
  public List<String> lines() {
    return value == null ? List.of() : value.lines().toList();
  }
}
