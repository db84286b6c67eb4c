package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.goldenthread.deadline.WorkingDays;
import org.junit.jupiter.api.Test;

class SchoolDaysCounterTests {

  private static final WorkingDays WORKING_DAYS =
      new WorkingDays(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)), 2026, 2026);

  @Test
  void withoutTermDatesSchoolDaysAreWorkingDays() {
    var counter = new SchoolDays.Counter(WORKING_DAYS, List.of());

    // Monday 7 December 2026 + 15 working days: 28 December (Christmas and the substitute day off).
    assertThat(counter.plus(LocalDate.of(2026, 12, 7), 15)).isEqualTo(LocalDate.of(2026, 12, 30));
    assertThat(counter.plus(LocalDate.of(2026, 12, 4), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
  }

  @Test
  void termDatesLeaveTheHolidaysOut() {
    var counter =
        new SchoolDays.Counter(
            WORKING_DAYS,
            List.of(
                new SchoolTerm(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 12, 18)),
                new SchoolTerm(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 26))));

    // Thursday 17 December: the 18th is the last day of term, then 5, 6 and 7 January.
    assertThat(counter.plus(LocalDate.of(2026, 12, 17), 4)).isEqualTo(LocalDate.of(2027, 1, 7));
    assertThat(counter.isSchoolDay(LocalDate.of(2026, 12, 21))).isFalse();
    assertThat(counter.isSchoolDay(LocalDate.of(2026, 12, 18))).isTrue();
  }

  @Test
  void beyondTheLastTermEnteredWorkingDaysCount() {
    var counter =
        new SchoolDays.Counter(
            WORKING_DAYS,
            List.of(new SchoolTerm(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 10, 23))));

    assertThat(counter.plus(LocalDate.of(2026, 10, 23), 1)).isEqualTo(LocalDate.of(2026, 10, 26));
  }
}
