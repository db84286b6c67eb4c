package org.goldenthread.meeting;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/**
 * The three meetings a year that a school holds with the parents of a child on SEN support (SEND
 * Code of Practice 6.65), as a pure rule.
 *
 * <p>The school year runs from 1 September to 31 August. One meeting should have been held by 31
 * December, two by 30 April and three by 31 August; a checkpoint day itself is still in time, so on
 * 31 December none is yet expected and on 1 January one is. A child is <em>behind</em> when fewer
 * meetings have been held than expected by today. Because nothing is expected before the new year,
 * the rule also warns ahead: a meeting is <em>due soon</em> when the next checkpoint is six weeks
 * away or less and the meetings held plus those booked up to it fall short of it. <em>None
 * booked</em>: no meeting with parents is booked from today on.
 *
 * <p>Meetings that count: any kind, held with a parent or carer invited (held or closed; never a
 * cancelled one or a draft), and only once their day has come: a meeting dated after today has not
 * been held, whatever is recorded about it. Only children on SEN support (census code K) are
 * measured: a child with an EHC plan (E) has the statutory annual review and its own clock instead.
 */
public final class MeetingRhythm {

  /** Three meetings a year. */
  public static final int TARGET = 3;

  /** How far ahead of a checkpoint a shortfall is flagged as due soon. */
  public static final int WARNING_DAYS = 42;

  private MeetingRhythm() {}

  /**
   * The check for today.
   *
   * @param heldOn the dates (in England) of meetings with parents that have happened
   * @param bookedOn the dates of booked meetings with parents still to come
   */
  public static RhythmCheck check(
      LocalDate today, Collection<LocalDate> heldOn, Collection<LocalDate> bookedOn) {
    LocalDate yearStart = yearStart(today);
    LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
    LocalDate[] checkpoints = checkpoints(yearStart);
    int expectedByNow = 0;
    int next = checkpoints.length - 1;
    for (int i = checkpoints.length - 1; i >= 0; i--) {
      if (checkpoints[i].isBefore(today)) {
        expectedByNow = Math.max(expectedByNow, i + 1);
      } else {
        next = i;
      }
    }
    LocalDate nextCheckpoint = checkpoints[next];
    int expectedAtNext = next + 1;
    int held = heldThisYear(today, heldOn).size();
    int bookedBefore =
        (int)
            bookedOn.stream().filter(d -> !d.isBefore(today) && !d.isAfter(nextCheckpoint)).count();
    boolean noneBooked = bookedOn.stream().noneMatch(d -> !d.isBefore(today));
    boolean behind = held < expectedByNow;
    boolean dueSoon =
        ChronoUnit.DAYS.between(today, nextCheckpoint) <= WARNING_DAYS
            && held + bookedBefore < expectedAtNext;
    return new RhythmCheck(
        yearStart,
        yearEnd,
        held,
        TARGET,
        expectedByNow,
        nextCheckpoint,
        expectedAtNext,
        bookedBefore,
        behind,
        dueSoon,
        noneBooked);
  }

  /** Of the dates meetings with parents were held, those that count today: this school year's. */
  public static List<LocalDate> heldThisYear(LocalDate today, Collection<LocalDate> heldOn) {
    LocalDate yearStart = yearStart(today);
    return heldOn.stream().filter(d -> !d.isBefore(yearStart) && !d.isAfter(today)).toList();
  }

  /**
   * The day by which the next of the three meetings is due, with this many held this school year:
   * the checkpoint by which one more should have been held (31 December for the first, 30 April for
   * the second, 31 August for the third); 31 August once all three are held.
   */
  public static LocalDate nextDue(LocalDate today, int heldThisYear) {
    LocalDate[] checkpoints = checkpoints(yearStart(today));
    return checkpoints[Math.min(heldThisYear, checkpoints.length - 1)];
  }

  /** 1 September of the school year that the date falls in. */
  public static LocalDate yearStart(LocalDate date) {
    int year =
        date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    return LocalDate.of(year, Month.SEPTEMBER, 1);
  }

  private static LocalDate[] checkpoints(LocalDate yearStart) {
    int autumn = yearStart.getYear();
    return new LocalDate[] {
      LocalDate.of(autumn, Month.DECEMBER, 31),
      LocalDate.of(autumn + 1, Month.APRIL, 30),
      LocalDate.of(autumn + 1, Month.AUGUST, 31)
    };
  }
}
