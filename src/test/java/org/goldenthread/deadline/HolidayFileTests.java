package org.goldenthread.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Reading a bank-holidays file in the GOV.UK format, and refusing what is not one. */
class HolidayFileTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static HolidayFile read(String json) {
    return HolidayFile.read(json.getBytes(StandardCharsets.UTF_8), JSON);
  }

  private static String file(String events) {
    return """
        {"england-and-wales": {"division": "england-and-wales", "events": [%s]},
         "scotland": {"division": "scotland", "events": [
           {"title": "St Andrew’s Day", "date": "2026-11-30", "notes": "", "bunting": true}]}}
        """
        .formatted(events);
  }

  private static void refused(String json, String messageKey) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(
            HolidayFile.Problem.class, p -> assertThat(p.messageKey()).isEqualTo(messageKey));
  }

  @Test
  void theShippedFileHasTheEnglandAndWalesHolidaysOf2025To2028() {
    HolidayFile shipped = ShippedCalendar.file();
    assertThat(shipped.firstYear()).isEqualTo(2025);
    assertThat(shipped.lastYear()).isEqualTo(2028);
    assertThat(shipped.holidays()).hasSize(32);
    assertThat(shipped.holidays())
        .containsEntry(LocalDate.parse("2026-12-28"), "Boxing Day")
        .containsEntry(LocalDate.parse("2028-01-03"), "New Year’s Day")
        .containsKeys(
            LocalDate.parse("2025-04-18"),
            LocalDate.parse("2026-05-25"),
            LocalDate.parse("2027-03-29"),
            LocalDate.parse("2028-08-28"));
  }

  @Test
  void keepsOnlyEnglandAndWales() {
    HolidayFile file =
        read(file("{\"title\": \"Christmas Day\", \"date\": \"2029-12-25\", \"notes\": \"\"}"));
    assertThat(file.holidays()).containsOnlyKeys(LocalDate.parse("2029-12-25"));
    assertThat(file.firstYear()).isEqualTo(2029);
    assertThat(file.lastYear()).isEqualTo(2029);
  }

  @Test
  void refusesWhatIsNotAHolidaysFile() {
    refused("", "deadline.holidays.error.empty");
    refused("not json at all", "deadline.holidays.error.notJson");
    refused("{\"scotland\": {\"events\": []}}", "deadline.holidays.error.noDivision");
    refused(file(""), "deadline.holidays.error.none");
    assertThatThrownBy(
            () -> HolidayFile.read(new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'}, JSON))
        .isInstanceOf(HolidayFile.Problem.class);
    assertThatThrownBy(() -> HolidayFile.read(new byte[HolidayFile.MOST_BYTES + 1], JSON))
        .isInstanceOfSatisfying(
            HolidayFile.Problem.class,
            p -> assertThat(p.messageKey()).isEqualTo("deadline.holidays.error.tooBig"));
  }

  @Test
  void refusesABadDateATitleOfMarkupOrControlsADayTwiceAndAYearMissing() {
    refused(file("{\"title\": \"Day\", \"date\": \"2026-02-30\"}"), "deadline.holidays.error.date");
    refused(file("{\"title\": \"Day\", \"date\": 20261225}"), "deadline.holidays.error.date");
    refused(file("{\"title\": \"\", \"date\": \"2026-12-25\"}"), "deadline.holidays.error.title");
    refused(
        file("{\"title\": \"Bad\\u0000Day\", \"date\": \"2026-12-25\"}"),
        "deadline.holidays.error.title");
    refused(
        file("{\"title\": \"" + "x".repeat(201) + "\", \"date\": \"2026-12-25\"}"),
        "deadline.holidays.error.title");
    refused(
        file(
            "{\"title\": \"A\", \"date\": \"2026-12-25\"}, {\"title\": \"B\", \"date\":"
                + " \"2026-12-25\"}"),
        "deadline.holidays.error.twice");
    refused(
        file(
            "{\"title\": \"A\", \"date\": \"2026-12-25\"}, {\"title\": \"B\", \"date\":"
                + " \"2028-12-25\"}"),
        "deadline.holidays.error.gap");
  }

  @Test
  void aTitleWithMarkupIsKeptAsPlainText() {
    HolidayFile file = read(file("{\"title\": \"<b>Day</b>\", \"date\": \"2026-12-25\"}"));
    assertThat(file.holidays()).containsEntry(LocalDate.parse("2026-12-25"), "<b>Day</b>");
  }
}
