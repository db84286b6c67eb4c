package org.goldenthread.meeting;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as people type it into one box: "10:30am", "10.30 am", "10am", "2:15pm" or "14:15".
 * Without am or pm the hour is read on the 24-hour clock.
 */
final class TimeOfDay {

  private static final Pattern TYPED =
      Pattern.compile("^(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?$");

  private TimeOfDay() {}

  /** The time, when what was typed reads as a real one. */
  static Optional<LocalTime> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String text = typed.strip().toLowerCase(Locale.UK);
    if (text.equals("noon") || text.equals("midday")) {
      return Optional.of(LocalTime.NOON);
    }
    Matcher matcher = TYPED.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(matcher.group(1));
    int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
    String half = matcher.group(3);
    if (half != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
    } else if (matcher.group(2) == null && hour < 7) {
      // "3" on its own is more likely 3pm than 3am: ask for am or pm rather than guess.
      return Optional.empty();
    }
    if (hour > 23 || minute > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute));
  }

  /** A time as the form shows it: "10:30am", "2pm". */
  static String format(LocalTime time) {
    int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    String half = time.getHour() < 12 ? "am" : "pm";
    return time.getMinute() == 0
        ? hour + half
        : hour + ":" + String.format(Locale.UK, "%02d", time.getMinute()) + half;
  }
}
