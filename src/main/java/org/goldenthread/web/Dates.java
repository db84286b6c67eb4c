package org.goldenthread.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people read them in England, written the way the reader's language writes
 * them: "22 November 2026 at 9:30am", "22 Tachwedd 2026 am 09:30", "22 listopada 2026, godz.
 * 09:30", "22 نومبر 2026، 09:30". The language is the one being written now ({@link
 * Language#current()}: the page's, or the recipient's while a mail is written). Templates use it as
 * {@code ${#dateWords.date(value)}}.
 */
@Component
public class Dates implements TemplateObject {

  static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private record Formats(DateTimeFormatter date, DateTimeFormatter dateTime) {}

  private static final Map<Language, Formats> FORMATS =
      Map.of(
          Language.ENGLISH, formats(Language.ENGLISH, "d MMMM yyyy 'at' h:mma"),
          Language.WELSH, formats(Language.WELSH, "d MMMM yyyy 'am' HH:mm"),
          Language.POLISH, formats(Language.POLISH, "d MMMM yyyy', godz.' HH:mm"),
          Language.URDU, formats(Language.URDU, "d MMMM yyyy'،' HH:mm"));

  private static Formats formats(Language language, String dateTime) {
    Locale locale = language.locale();
    return new Formats(
        DateTimeFormatter.ofPattern("d MMMM yyyy", locale),
        DateTimeFormatter.ofPattern(dateTime, locale));
  }

  @Override
  public String templateName() {
    return "dateWords";
  }

  public String date(LocalDate date) {
    return date == null ? "" : formats().date().format(date);
  }

  public String date(Instant instant) {
    return instant == null ? "" : formats().date().format(instant.atZone(ENGLAND));
  }

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    String written = formats().dateTime().format(instant.atZone(ENGLAND));
    // "9:30AM" is written "9:30am" in British English; the other languages use the 24-hour clock.
    return Language.current() == Language.ENGLISH
        ? written.replace("AM", "am").replace("PM", "pm")
        : written;
  }

  private static Formats formats() {
    return FORMATS.get(Language.current());
  }
}
