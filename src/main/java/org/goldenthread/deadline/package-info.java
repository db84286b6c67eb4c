/**
 * The statutory clock: the one place where a date "due by" is worked out (weeks, calendar months,
 * days and working days, England and Wales bank holidays, the Christmas and August rules for
 * appeals), the {@link org.goldenthread.deadline.Deadline} shape every deadline is answered in, the
 * rights calculator for families, and {@code GET /deadlines} over the {@link
 * org.goldenthread.deadline.DeadlineSource} beans that the modules owning deadlines provide. Level
 * 0: it uses nothing of ours, so that every capability may use it.
 *
 * <p>The public API: {@link org.goldenthread.deadline.DeadlineCalendar} (due dates and working
 * days), {@link org.goldenthread.deadline.Deadlines} (every deadline a person may see), {@link
 * org.goldenthread.deadline.DeadlineSource}, and the records and enums beside them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.goldenthread.deadline;
