package org.goldenthread.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One England and Wales bank holiday. Replaced as a whole set when a newer file is loaded. */
@Entity
@Table(name = "deadline_bank_holiday")
class BankHoliday {

  @Id private LocalDate day;

  @Column(nullable = false)
  private String title;

  protected BankHoliday() {}

  BankHoliday(LocalDate day, String title) {
    this.day = day;
    this.title = title;
  }

  LocalDate day() {
    return day;
  }

  String title() {
    return title;
  }
}
