package org.goldenthread.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A rule about the thread that another capability adds to the plan's own (see {@link
 * ThreadBreaks}): the breaks it finds in a child's plan as it stood at the end of a day. A Spring
 * bean implementing it is asked on every read of the plan, now or as of a date; its breaks are
 * listed with the plan's own, in thread order. The kinds of break are the plan's ({@link
 * BreakKind}), so that every page and the API word them alike.
 */
public interface ThreadBreakRule {

  /** The breaks in this plan of the child, as it stood at the end of {@code day}. */
  List<ThreadBreak> breaksIn(UUID childId, PlanContent plan, LocalDate day);
}
