package org.goldenthread.meeting;

import java.time.LocalDate;

/**
 * A child's meetings with parents this school year against the three a year (see {@link
 * MeetingRhythm} for the rule).
 *
 * @param yearStart 1 September of the current school year
 * @param yearEnd 31 August of the current school year
 * @param held meetings held with parents this school year
 * @param target three
 * @param expectedByNow how many should have been held by today: 0 until 31 December, 1 from 1
 *     January, 2 from 1 May, 3 after 31 August (the next school year starts then)
 * @param nextCheckpoint the next of 31 December, 30 April and 31 August still to come (today
 *     included)
 * @param expectedAtNextCheckpoint how many should have been held by then
 * @param bookedBeforeNextCheckpoint booked meetings with parents from today up to that date
 * @param behind fewer held than expected by now
 * @param dueSoon the next checkpoint is six weeks away or less and the meetings held plus those
 *     booked before it fall short of it
 * @param noneBooked no meeting with parents is booked from today on
 */
public record RhythmCheck(
    LocalDate yearStart,
    LocalDate yearEnd,
    int held,
    int target,
    int expectedByNow,
    LocalDate nextCheckpoint,
    int expectedAtNextCheckpoint,
    int bookedBeforeNextCheckpoint,
    boolean behind,
    boolean dueSoon,
    boolean noneBooked) {

  /** Whether pages flag the child: behind, or a meeting due soon with none booked for it. */
  @com.fasterxml.jackson.annotation.JsonProperty("flagged")
  public boolean flagged() {
    return behind || dueSoon;
  }
}
