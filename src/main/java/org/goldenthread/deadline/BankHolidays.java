package org.goldenthread.deadline;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bank holidays kept in the module's own table, and the loading of a newer file. */
@Service
@Transactional(readOnly = true)
class BankHolidays {

  private final BankHolidayRepository holidays;
  private final CalendarLoadRepository loads;
  private final Clock clock;

  BankHolidays(BankHolidayRepository holidays, CalendarLoadRepository loads, Clock clock) {
    this.holidays = holidays;
    this.loads = loads;
    this.clock = clock;
  }

  Optional<CalendarCoverage> coverage() {
    return loads.findById(CalendarLoad.ID).map(CalendarLoad::coverage);
  }

  List<BankHoliday> all() {
    return holidays.findAllByOrderByDayAsc();
  }

  /**
   * Replaces every holiday with the file's.
   *
   * @param expectedVersion the coverage version the person loading saw (null when loading at start)
   * @throws CalendarChanged when another file was loaded since that version
   */
  @Transactional
  CalendarCoverage load(HolidayFile file, String source, String loadedBy, Long expectedVersion) {
    Optional<CalendarLoad> current = loads.lockCurrent();
    long version = current.map(load -> load.coverage().version()).orElse(-1L);
    if (expectedVersion != null && expectedVersion != version) {
      throw new CalendarChanged();
    }
    holidays.deleteAllInBatch();
    holidays.saveAll(
        file.holidays().entrySet().stream()
            .map(entry -> new BankHoliday(entry.getKey(), entry.getValue()))
            .toList());
    CalendarLoad load =
        current.orElseGet(
            () ->
                new CalendarLoad(
                    file.firstYear(), file.lastYear(), source, loadedBy, clock.instant()));
    load.replaced(file.firstYear(), file.lastYear(), source, loadedBy, clock.instant());
    return loads.saveAndFlush(load).coverage();
  }

  /** Another file was loaded since the person loading this one looked. */
  static final class CalendarChanged extends RuntimeException {
    CalendarChanged() {
      super("The bank holidays were changed by someone else", null, false, false);
    }
  }
}
