package org.goldenthread.plan;

import java.time.LocalDate;

/**
 * A break found in the thread, at one item; {@code reviewedOn}, for an outcome a review missed, the
 * day that review was held.
 */
public record ThreadBreak(BreakKind kind, PlanItem item, LocalDate reviewedOn) {

  public ThreadBreak(BreakKind kind, PlanItem item) {
    this(kind, item, null);
  }
}
