package org.goldenthread.plan;

import java.time.LocalDate;

/** A break found in the thread, at one item; {@code reviewedOn} for an unreviewed outcome. */
record ThreadBreak(BreakKind kind, PlanItem item, LocalDate reviewedOn) {

  ThreadBreak(BreakKind kind, PlanItem item) {
    this(kind, item, null);
  }
}
