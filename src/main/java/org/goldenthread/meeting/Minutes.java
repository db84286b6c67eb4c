package org.goldenthread.meeting;

/**
 * What was said and decided at a meeting: the notes, the parent's view, the child's view and the
 * decisions. Each may be empty until written.
 */
public record Minutes(String notes, String parentView, String childView, String decisions) {

  /** No minutes yet. */
  public static final Minutes NONE = new Minutes(null, null, null, null);

  /** Whether anything has been written. */
  public boolean written() {
    return notes != null || parentView != null || childView != null || decisions != null;
  }
}
