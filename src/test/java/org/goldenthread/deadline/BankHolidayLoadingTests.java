package org.goldenthread.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.AtOnce;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module's own table of bank holidays on a real database: the shipped file loaded at the first
 * start, a newer one loaded over it, and two loads at once.
 */
@IntegrationTest
class BankHolidayLoadingTests {

  @Autowired BankHolidays holidays;
  @Autowired DeadlineCalendar calendar;
  @Autowired ShippedHolidays shipped;
  @Autowired JsonMapper json;

  @AfterEach
  void backToTheShippedFile() {
    long version = holidays.coverage().orElseThrow().version();
    holidays.load(ShippedCalendar.file(), ShippedHolidays.SOURCE, "test", version);
    calendar.forget();
  }

  private HolidayFile file(String... days) {
    StringBuilder events = new StringBuilder();
    for (String day : days) {
      events.append(events.isEmpty() ? "" : ",");
      events.append("{\"title\": \"Holiday\", \"date\": \"").append(day).append("\"}");
    }
    String body = "{\"england-and-wales\": {\"events\": [" + events + "]}}";
    return HolidayFile.read(body.getBytes(StandardCharsets.UTF_8), json);
  }

  @Test
  void theShippedHolidaysAreLoadedAtTheFirstStart() {
    CalendarCoverage coverage = holidays.coverage().orElseThrow();
    assertThat(coverage.firstYear()).isEqualTo(2025);
    assertThat(coverage.lastYear()).isEqualTo(2028);
    assertThat(holidays.all()).hasSize(32);

    DueDate finalPlan =
        calendar.due(DeadlineKind.FINAL_PLAN, DeadlineFacts.on(LocalDate.parse("2026-01-05")));
    assertThat(finalPlan.nextWorkingDay()).isEqualTo("2026-05-26");
  }

  @Test
  void aNewerFileReplacesThemAndTheCalendarCountsWithIt() {
    long version = holidays.coverage().orElseThrow().version();

    CalendarCoverage loaded =
        holidays.load(
            file("2026-02-16", "2027-01-01", "2028-01-03", "2029-12-25"),
            "test.json",
            "Ada",
            version);
    calendar.forget();

    assertThat(loaded.firstYear()).isEqualTo(2026);
    assertThat(loaded.lastYear()).isEqualTo(2029);
    assertThat(loaded.version()).isGreaterThan(version);
    assertThat(holidays.all()).hasSize(4);
    assertThat(
            calendar
                .due(
                    DeadlineKind.DECISION_TO_ASSESS,
                    DeadlineFacts.on(LocalDate.parse("2026-01-05")))
                .nextWorkingDay())
        .isEqualTo("2026-02-17");
    assertThat(calendar.workingDays().isWorkingDay(LocalDate.parse("2026-05-25"))).isTrue();
  }

  @Test
  void aLoadFromAnOldLookIsRefusedAndChangesNothing() {
    long version = holidays.coverage().orElseThrow().version();
    holidays.load(file("2026-02-16"), "first.json", "Ada", version);

    assertThatThrownBy(() -> holidays.load(file("2027-02-16"), "second.json", "Bob", version))
        .isInstanceOf(BankHolidays.CalendarChanged.class);
    assertThat(holidays.coverage().orElseThrow().source()).isEqualTo("first.json");
    assertThat(holidays.all())
        .extracting(BankHoliday::day)
        .containsExactly(LocalDate.parse("2026-02-16"));
  }

  @Test
  void twoLoadsAtOnceFromTheSameLookLoadOneFileWhole() {
    long version = holidays.coverage().orElseThrow().version();

    List<String> results =
        AtOnce.run(
            () -> attempt(file("2026-02-16", "2026-03-16"), "a.json", version),
            () -> attempt(file("2027-02-16", "2027-03-16", "2027-04-16"), "b.json", version));

    assertThat(results).containsExactlyInAnyOrder("loaded", "changed");
    String winner = holidays.coverage().orElseThrow().source();
    assertThat(holidays.all()).hasSize(winner.equals("a.json") ? 2 : 3);
  }

  @Test
  void theShippedFileIsLoadedAgainOnlyWhenItReachesFurther() {
    long version = holidays.coverage().orElseThrow().version();
    holidays.load(file("2025-12-25", "2026-12-25"), "older.json", "Ada", version);

    shipped.run(null);
    assertThat(holidays.coverage().orElseThrow().lastYear()).isEqualTo(2028);

    long now = holidays.coverage().orElseThrow().version();
    holidays.load(file("2030-12-25"), "newer.json", "Ada", now);
    shipped.run(null);
    assertThat(holidays.coverage().orElseThrow().source()).isEqualTo("newer.json");
  }

  private String attempt(HolidayFile file, String source, long version) {
    try {
      holidays.load(file, source, "someone", version);
      return "loaded";
    } catch (BankHolidays.CalendarChanged e) {
      return "changed";
    }
  }
}
