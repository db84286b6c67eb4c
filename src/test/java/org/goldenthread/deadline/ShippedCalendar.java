package org.goldenthread.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** The working days of the bank holidays shipped with the app (2025 to 2028), for rule tests. */
final class ShippedCalendar {

  static final WorkingDays DAYS = read();

  private ShippedCalendar() {}

  static byte[] shippedFile() {
    try (InputStream in = new ClassPathResource(ShippedHolidays.FILE).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WorkingDays read() {
    HolidayFile file = HolidayFile.read(shippedFile(), JsonMapper.builder().build());
    return new WorkingDays(file.holidays().keySet(), file.firstYear(), file.lastYear());
  }
}
