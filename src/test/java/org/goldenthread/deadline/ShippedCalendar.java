package org.goldenthread.deadline;

import static org.mockito.BDDMockito.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** The working days of the bank holidays shipped with the app (2025 to 2028), for rule tests. */
final class ShippedCalendar {

  static final WorkingDays DAYS = read();

  private ShippedCalendar() {}

  /** The shipped holidays, as the module's table holds them after a first start. */
  static List<BankHoliday> holidays() {
    return file().holidays().entrySet().stream()
        .map(entry -> new BankHoliday(entry.getKey(), entry.getValue()))
        .toList();
  }

  static CalendarCoverage coverage() {
    return new CalendarCoverage(
        2025,
        2028,
        ShippedHolidays.SOURCE,
        "Golden Thread",
        Instant.parse("2026-11-01T09:00:00Z"),
        0);
  }

  /** Stubs the mocked table with the shipped holidays. */
  static void stub(BankHolidays mock) {
    given(mock.coverage()).willReturn(Optional.of(coverage()));
    given(mock.all()).willReturn(holidays());
  }

  static HolidayFile file() {
    return HolidayFile.read(shippedFile(), JsonMapper.builder().build());
  }

  static byte[] shippedFile() {
    try (InputStream in = new ClassPathResource(ShippedHolidays.FILE).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WorkingDays read() {
    HolidayFile file = file();
    return new WorkingDays(file.holidays().keySet(), file.firstYear(), file.lastYear());
  }
}
