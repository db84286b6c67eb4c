package org.goldenthread.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people read them in England: "22 November 2026", "22 November 2026 at 9:30am".
 * Templates use it as {@code ${@dates.date(value)}}.
 */
@Component("dates")
public class Dates {

  static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(ENGLAND));
  }

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    var local = instant.atZone(ENGLAND);
    return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
  }
}
