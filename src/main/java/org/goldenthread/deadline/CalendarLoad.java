package org.goldenthread.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Which whole years the bank holidays cover, and the file they were loaded from. One row. */
@Entity
@Table(name = "deadline_calendar")
class CalendarLoad {

  static final short ID = 1;

  @Id private short id;

  @Column(name = "first_year", nullable = false)
  private int firstYear;

  @Column(name = "last_year", nullable = false)
  private int lastYear;

  @Column(nullable = false)
  private String source;

  @Column(name = "loaded_by", nullable = false)
  private String loadedBy;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  @Version private long version;

  protected CalendarLoad() {}

  CalendarLoad(int firstYear, int lastYear, String source, String loadedBy, Instant loadedAt) {
    this.id = ID;
    replaced(firstYear, lastYear, source, loadedBy, loadedAt);
  }

  final void replaced(
      int firstYear, int lastYear, String source, String loadedBy, Instant loadedAt) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.source = source;
    this.loadedBy = loadedBy;
    this.loadedAt = loadedAt;
  }

  CalendarCoverage coverage() {
    return new CalendarCoverage(firstYear, lastYear, source, loadedBy, loadedAt, version);
  }
}
