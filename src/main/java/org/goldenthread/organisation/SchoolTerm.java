package org.goldenthread.organisation;

import java.time.LocalDate;

/** One term as a school entered it, first and last day included. */
public record SchoolTerm(LocalDate startsOn, LocalDate endsOn) {

  boolean includes(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }
}
