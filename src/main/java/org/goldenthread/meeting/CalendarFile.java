package org.goldenthread.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a meeting as an iCalendar file (RFC 5545) with one event: {@code METHOD:REQUEST} for an
 * invitation or update, {@code METHOD:CANCEL} for a cancellation. Times are in UTC, so no time zone
 * definition is needed; text is escaped (backslash, semicolon, comma, new line), parameter values
 * are quoted, lines end in CRLF and are folded at 75 octets without splitting a character.
 */
final class CalendarFile {

  static final String CONTENT_TYPE = "text/calendar";
  private static final String CRLF = "\r\n";
  private static final int MAX_OCTETS = 75;
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** Whether the file asks for a place in the calendar or takes it away. */
  enum Method {
    REQUEST,
    CANCEL
  }

  /** What the event says. */
  record Event(
      Method method,
      String uid,
      int sequence,
      Instant stamp,
      Instant start,
      Instant end,
      String summary,
      String location,
      String description,
      Recipient organiser,
      List<Recipient> attendees) {}

  private CalendarFile() {}

  static String write(Event event) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "PRODID:-//Golden Thread//Meetings//EN");
    line(out, "VERSION:2.0");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:" + event.method().name());
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + text(event.uid()));
    line(out, "SEQUENCE:" + event.sequence());
    line(out, "DTSTAMP:" + UTC.format(event.stamp()));
    line(out, "DTSTART:" + UTC.format(event.start()));
    line(out, "DTEND:" + UTC.format(event.end()));
    line(out, "SUMMARY:" + text(event.summary()));
    if (event.location() != null) {
      line(out, "LOCATION:" + text(event.location()));
    }
    if (event.description() != null) {
      line(out, "DESCRIPTION:" + text(event.description()));
    }
    line(out, "STATUS:" + (event.method() == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
    line(out, "TRANSP:OPAQUE");
    line(
        out,
        "ORGANIZER;CN=" + parameter(event.organiser().name()) + ":" + mailto(event.organiser()));
    for (Recipient attendee : event.attendees()) {
      line(
          out,
          "ATTENDEE;CN="
              + parameter(attendee.name())
              + ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
              + mailto(attendee));
    }
    line(out, "END:VEVENT");
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and new lines escaped. */
  static String text(String value) {
    StringBuilder out = new StringBuilder();
    String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case ';' -> out.append("\\;");
        case ',' -> out.append("\\,");
        case '\n' -> out.append("\\n");
        default -> {
          if (c >= 0x20 || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A parameter value (RFC 5545 3.1): always quoted; a double quote has no escape, so it goes. */
  static String parameter(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c != '"' && (c >= 0x20 || c == '\t')) {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String mailto(Recipient person) {
    return "mailto:" + person.email();
  }

  /** Appends a content line folded at 75 octets (RFC 5545 3.1), ending in CRLF. */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = MAX_OCTETS;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append(CRLF).append(' ');
        octets = 1;
        limit = MAX_OCTETS;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append(CRLF);
  }
}
