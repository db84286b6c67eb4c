package org.goldenthread.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * At start, loads the bank holidays shipped with the app when they reach a later year than those in
 * the database (always on a first start): an administrator's newer file is never replaced by an
 * older one. Two nodes starting at once load it once; the other's attempt is dropped.
 */
@Component
@Order(0)
class ShippedHolidays implements ApplicationRunner {

  static final String FILE = "deadline/bank-holidays.json";
  static final String SOURCE = "Shipped with Golden Thread";
  private static final Logger log = LoggerFactory.getLogger(ShippedHolidays.class);

  private final BankHolidays holidays;
  private final DeadlineCalendar calendar;
  private final JsonMapper json;

  ShippedHolidays(BankHolidays holidays, DeadlineCalendar calendar, JsonMapper json) {
    this.holidays = holidays;
    this.calendar = calendar;
    this.json = json;
  }

  @Override
  public void run(ApplicationArguments args) {
    HolidayFile shipped = HolidayFile.read(bytes(), json);
    int loadedTo = holidays.coverage().map(CalendarCoverage::lastYear).orElse(Integer.MIN_VALUE);
    if (shipped.lastYear() <= loadedTo) {
      return;
    }
    try {
      holidays.load(shipped, SOURCE, "Golden Thread", null);
      calendar.forget();
      log.info("Loaded bank holidays for {} to {}", shipped.firstYear(), shipped.lastYear());
    } catch (DataAccessException e) {
      log.info("Bank holidays were loaded by another node at the same time: {}", e.getMessage());
    }
  }

  private static byte[] bytes() {
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
