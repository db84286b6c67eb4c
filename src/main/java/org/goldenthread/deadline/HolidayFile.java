package org.goldenthread.deadline;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bank-holidays file in the GOV.UK format ({@code {"england-and-wales": {"events": [{"title",
 * "date"}, …]}}}), read and checked: only England and Wales is kept, every date is real and once,
 * every title is plain text, and every year between the first and the last has holidays.
 *
 * @param holidays the holidays by day, in order
 */
record HolidayFile(Map<LocalDate, String> holidays, int firstYear, int lastYear) {

  HolidayFile {
    holidays = Collections.unmodifiableMap(new TreeMap<>(holidays));
  }

  static final int MOST_BYTES = 1024 * 1024;
  static final int MOST_TITLE_LENGTH = 200;
  private static final String DIVISION = "england-and-wales";

  /** The file's holidays. @throws Problem naming what is wrong, in the file's own terms */
  static HolidayFile read(byte[] bytes, JsonMapper json) {
    if (bytes.length == 0) {
      throw new Problem("deadline.holidays.error.empty");
    }
    if (bytes.length > MOST_BYTES) {
      throw new Problem("deadline.holidays.error.tooBig");
    }
    JsonNode events = events(bytes, json);
    TreeMap<LocalDate, String> holidays = new TreeMap<>();
    for (JsonNode event : events) {
      LocalDate day = day(event.path("date"));
      String title = title(event.path("title"), day);
      if (holidays.put(day, title) != null) {
        throw new Problem("deadline.holidays.error.twice", day);
      }
    }
    if (holidays.isEmpty()) {
      throw new Problem("deadline.holidays.error.none");
    }
    int first = holidays.firstKey().getYear();
    int last = holidays.lastKey().getYear();
    for (int year = first; year <= last; year++) {
      int y = year;
      if (holidays.keySet().stream().noneMatch(day -> day.getYear() == y)) {
        throw new Problem("deadline.holidays.error.gap", year);
      }
    }
    return new HolidayFile(holidays, first, last);
  }

  private static JsonNode events(byte[] bytes, JsonMapper json) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      JsonNode events = json.readTree(bytes).path(DIVISION).path("events");
      if (!events.isArray()) {
        throw new Problem("deadline.holidays.error.noDivision");
      }
      return events;
    } catch (CharacterCodingException | JacksonException e) {
      throw new Problem("deadline.holidays.error.notJson");
    }
  }

  private static LocalDate day(JsonNode date) {
    try {
      LocalDate day = LocalDate.parse(date.asString(""));
      if (day.getYear() < 2000 || day.getYear() > 2200) {
        throw new Problem("deadline.holidays.error.date", date.asString(""));
      }
      return day;
    } catch (DateTimeParseException e) {
      throw new Problem("deadline.holidays.error.date", shortened(date.asString("")));
    }
  }

  private static String title(JsonNode node, LocalDate day) {
    String title = node.asString("").strip();
    if (title.isEmpty()
        || title.length() > MOST_TITLE_LENGTH
        || title.chars().anyMatch(Character::isISOControl)) {
      throw new Problem("deadline.holidays.error.title", day);
    }
    return title;
  }

  private static String shortened(String text) {
    String printable = text.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
  }

  /** What is wrong with a file: a message key and its arguments. */
  static final class Problem extends RuntimeException {

    private final transient Object[] arguments;

    Problem(String messageKey, Object... arguments) {
      super(messageKey, null, false, false);
      this.arguments = arguments.clone();
    }

    String messageKey() {
      return getMessage();
    }

    Object[] arguments() {
      return arguments.clone();
    }
  }
}
