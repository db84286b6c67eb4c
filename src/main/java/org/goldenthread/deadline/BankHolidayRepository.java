package org.goldenthread.deadline;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BankHolidayRepository extends JpaRepository<BankHoliday, LocalDate> {

  List<BankHoliday> findAllByOrderByDayAsc();
}
