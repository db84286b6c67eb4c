package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Three meetings a year with parents: the school year, the checkpoints and the flags. */
class MeetingRhythmTests {

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  @ParameterizedTest(name = "on {0} the school year started {1}")
  @CsvSource({
    "2026-09-01, 2026-09-01",
    "2026-08-31, 2025-09-01",
    "2026-11-22, 2026-09-01",
    "2026-12-31, 2026-09-01",
    "2027-01-01, 2026-09-01",
    "2027-04-30, 2026-09-01",
    "2027-08-31, 2026-09-01",
    "2027-09-01, 2027-09-01"
  })
  void theSchoolYearRunsFromSeptemberToAugust(String today, String start) {
    RhythmCheck check = MeetingRhythm.check(d(today), List.of(), List.of());
    assertThat(check.yearStart()).isEqualTo(d(start));
    assertThat(check.yearEnd()).isEqualTo(d(start).plusYears(1).minusDays(1));
    assertThat(check.target()).isEqualTo(3);
  }

  @ParameterizedTest(name = "on {0} {1} should have been held; next checkpoint {2} asks {3}")
  @CsvSource({
    "2026-09-01, 0, 2026-12-31, 1",
    "2026-11-22, 0, 2026-12-31, 1",
    "2026-12-31, 0, 2026-12-31, 1",
    "2027-01-01, 1, 2027-04-30, 2",
    "2027-04-30, 1, 2027-04-30, 2",
    "2027-05-01, 2, 2027-08-31, 3",
    "2027-08-31, 2, 2027-08-31, 3",
    "2027-09-01, 0, 2027-12-31, 1"
  })
  void theExpectedCountRisesTheDayAfterEachCheckpoint(
      String today, int expected, String checkpoint, int atCheckpoint) {
    RhythmCheck check = MeetingRhythm.check(d(today), List.of(), List.of());
    assertThat(check.expectedByNow()).isEqualTo(expected);
    assertThat(check.nextCheckpoint()).isEqualTo(d(checkpoint));
    assertThat(check.expectedAtNextCheckpoint()).isEqualTo(atCheckpoint);
    assertThat(check.behind()).isEqualTo(expected > 0);
  }

  @Test
  void aChildWithNoMeetingIsBehindFromTheFirstOfJanuaryButNotOnNewYearsEve() {
    assertThat(MeetingRhythm.check(d("2026-12-31"), List.of(), List.of()).behind()).isFalse();
    assertThat(MeetingRhythm.check(d("2027-01-01"), List.of(), List.of()).behind()).isTrue();
  }

  @Test
  void oneMeetingInTheAutumnKeepsAChildOnTrackUntilTheEndOfApril() {
    List<LocalDate> held = List.of(d("2026-10-14"));
    assertThat(MeetingRhythm.check(d("2027-01-01"), held, List.of()).behind()).isFalse();
    assertThat(MeetingRhythm.check(d("2027-04-30"), held, List.of()).behind()).isFalse();
    RhythmCheck may = MeetingRhythm.check(d("2027-05-01"), held, List.of());
    assertThat(may.behind()).isTrue();
    assertThat(may.held()).isEqualTo(1);
  }

  @Test
  void twoByTheEndOfAprilAndThreeByTheEndOfAugustAreOnTrack() {
    List<LocalDate> two = List.of(d("2026-11-02"), d("2027-03-10"));
    assertThat(MeetingRhythm.check(d("2027-05-01"), two, List.of()).behind()).isFalse();
    assertThat(MeetingRhythm.check(d("2027-08-31"), two, List.of()).behind()).isFalse();
    List<LocalDate> three = List.of(d("2026-11-02"), d("2027-03-10"), d("2027-07-01"));
    RhythmCheck summer = MeetingRhythm.check(d("2027-08-31"), three, List.of());
    assertThat(summer.held()).isEqualTo(3);
    assertThat(summer.flagged()).isFalse();
  }

  @Test
  void meetingsOfTheLastSchoolYearDoNotCount() {
    List<LocalDate> lastYear = List.of(d("2026-06-20"), d("2026-08-31"));
    RhythmCheck check = MeetingRhythm.check(d("2027-01-05"), lastYear, List.of());
    assertThat(check.held()).isZero();
    assertThat(check.behind()).isTrue();
    assertThat(MeetingRhythm.check(d("2026-09-01"), lastYear, List.of()).held()).isZero();
  }

  @Test
  void aShortfallWithinSixWeeksOfACheckpointIsDueSoonUnlessAMeetingIsBookedBeforeIt() {
    // 22 November is 39 days before 31 December
    RhythmCheck nothing = MeetingRhythm.check(d("2026-11-22"), List.of(), List.of());
    assertThat(nothing.behind()).isFalse();
    assertThat(nothing.dueSoon()).isTrue();
    assertThat(nothing.flagged()).isTrue();
    assertThat(nothing.noneBooked()).isTrue();

    RhythmCheck bookedInTime =
        MeetingRhythm.check(d("2026-11-22"), List.of(), List.of(d("2026-12-10")));
    assertThat(bookedInTime.dueSoon()).isFalse();
    assertThat(bookedInTime.noneBooked()).isFalse();
    assertThat(bookedInTime.bookedBeforeNextCheckpoint()).isEqualTo(1);

    RhythmCheck bookedTooLate =
        MeetingRhythm.check(d("2026-11-22"), List.of(), List.of(d("2027-01-12")));
    assertThat(bookedTooLate.dueSoon()).isTrue();
    assertThat(bookedTooLate.noneBooked()).isFalse();
  }

  @Test
  void moreThanSixWeeksBeforeACheckpointNothingIsDueSoon() {
    // 18 November is 43 days before 31 December; 19 November is 42
    assertThat(MeetingRhythm.check(d("2026-11-18"), List.of(), List.of()).dueSoon()).isFalse();
    assertThat(MeetingRhythm.check(d("2026-11-19"), List.of(), List.of()).dueSoon()).isTrue();
    RhythmCheck september = MeetingRhythm.check(d("2026-09-01"), List.of(), List.of());
    assertThat(september.flagged()).isFalse();
    assertThat(september.noneBooked()).isTrue();
  }

  @Test
  void aMeetingBookedForTodayCountsAsBooked() {
    RhythmCheck check = MeetingRhythm.check(d("2026-12-31"), List.of(), List.of(d("2026-12-31")));
    assertThat(check.noneBooked()).isFalse();
    assertThat(check.dueSoon()).isFalse();
  }

  @Test
  void aMeetingDatedAfterTodayIsNotCountedAsHeld() {
    RhythmCheck check =
        MeetingRhythm.check(d("2027-01-05"), List.of(d("2027-01-20")), List.of(d("2027-01-20")));
    assertThat(check.held()).isZero();
    assertThat(check.behind()).isTrue();
  }

  @Test
  void aPastBookingDoesNotCountAsBooked() {
    RhythmCheck check = MeetingRhythm.check(d("2026-12-01"), List.of(), List.of(d("2026-11-30")));
    assertThat(check.noneBooked()).isTrue();
  }

  @ParameterizedTest(name = "on {0} with {1} held this year the next meeting is due by {2}")
  @CsvSource({
    "2026-11-22, 0, 2026-12-31",
    "2027-01-15, 0, 2026-12-31",
    "2027-01-15, 1, 2027-04-30",
    "2027-05-02, 2, 2027-08-31",
    "2027-05-02, 3, 2027-08-31",
    "2027-09-01, 0, 2027-12-31"
  })
  void theNextMeetingIsDueByTheCheckpointAfterThoseHeld(String today, int held, String due) {
    assertThat(MeetingRhythm.nextDue(d(today), held)).isEqualTo(d(due));
  }

  @Test
  void onlyThisSchoolYearsMeetingsUpToTodayAreHeldThisYear() {
    assertThat(
            MeetingRhythm.heldThisYear(
                d("2027-01-15"),
                List.of(d("2026-07-10"), d("2026-09-01"), d("2027-01-15"), d("2027-01-16"))))
        .containsExactly(d("2026-09-01"), d("2027-01-15"));
  }
}
