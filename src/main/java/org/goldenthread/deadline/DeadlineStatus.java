package org.goldenthread.deadline;

import java.time.LocalDate;

/** Where a deadline stands. */
public enum DeadlineStatus {
  /** Not yet due, or due today. */
  PENDING,
  /** Done, on the day recorded (which may be after the due date: met late). */
  MET,
  /** The last day passed with nothing recorded. */
  MISSED,
  /** Stopped for a reason that is recorded with it. */
  PAUSED;

  /**
   * The status on a day: met when a date is recorded, paused when a reason is, missed once the last
   * day has passed, pending until then.
   */
  static DeadlineStatus on(LocalDate today, LocalDate lastDay, LocalDate metOn, String pausedFor) {
    if (metOn != null) {
      return MET;
    }
    if (pausedFor != null) {
      return PAUSED;
    }
    return today.isAfter(lastDay) ? MISSED : PENDING;
  }
}
