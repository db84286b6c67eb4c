package org.goldenthread.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A meeting's time as people in England enter and read it (Europe/London), and as stored. */
public final class MeetingTimes {

  /** England's time zone: the date and time on a form are read in it. */
  public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private MeetingTimes() {}

  /** The instant a meeting starts, from the date and time entered in England. */
  public static Instant startsAt(LocalDate date, LocalTime time) {
    return date.atTime(time).atZone(ENGLAND).toInstant();
  }

  /** The date in England of an instant. */
  public static LocalDate dateOf(Instant instant) {
    return instant.atZone(ENGLAND).toLocalDate();
  }

  /** The time of day in England of an instant. */
  public static LocalTime timeOf(Instant instant) {
    return instant.atZone(ENGLAND).toLocalTime();
  }
}
