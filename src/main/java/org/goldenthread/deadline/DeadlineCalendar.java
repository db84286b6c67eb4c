package org.goldenthread.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The one place a due date is worked out, and the deadline made from it. The bank holidays are read
 * from the database at most every {@link #FRESH_FOR} (at once on the node where a new file was
 * loaded; within that time on every other node).
 */
@Service
public class DeadlineCalendar {

  static final Duration FRESH_FOR = Duration.ofSeconds(30);

  private final BankHolidays holidays;
  private final Clock clock;
  private volatile Read read;

  DeadlineCalendar(BankHolidays holidays, Clock clock) {
    this.holidays = holidays;
    this.clock = clock;
  }

  /** The due date by the kind's rule. @throws IllegalArgumentException for a kind with no rule */
  public DueDate due(DeadlineKind kind, DeadlineFacts facts) {
    return DueDateRules.due(kind, facts, workingDays());
  }

  /** A due date set by a record itself (an agreed action, an answer asked for by a day). */
  public DueDate agreed(LocalDate due) {
    return DueDateRules.agreed(due, workingDays());
  }

  /** The deadline as it stands today. */
  public Deadline deadline(DeadlineKind kind, DueDate due, Tracked tracked) {
    return new Deadline(
        kind,
        due.due(),
        due.nextWorkingDay(),
        tracked.owner(),
        tracked.ownerName(),
        DeadlineStatus.on(today(), due.lastDay(), tracked.metOn(), tracked.pausedReason()),
        tracked.metOn(),
        tracked.pausedReason(),
        tracked.subjectId(),
        tracked.childId(),
        tracked.exceptions(),
        due.calendarCovers(),
        tracked.page());
  }

  /** Working days, with the bank holidays loaded. */
  public WorkingDays workingDays() {
    Read current = read;
    Instant now = clock.instant();
    if (current == null || current.at().plus(FRESH_FOR).isBefore(now)) {
      current = new Read(load(), now);
      read = current;
    }
    return current.days();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Reads the bank holidays again at the next use (after a new file is loaded here). */
  void forget() {
    read = null;
  }

  private WorkingDays load() {
    return holidays
        .coverage()
        .map(
            coverage ->
                new WorkingDays(
                    holidays.all().stream().map(BankHoliday::day).collect(Collectors.toSet()),
                    coverage.firstYear(),
                    coverage.lastYear()))
        .orElseGet(() -> new WorkingDays(java.util.Set.of(), 1, 0));
  }

  private record Read(WorkingDays days, Instant at) {}
}
