package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The calendar file follows RFC 5545: an independent parser (ical4j) reads back what we wrote. */
class CalendarFileTests {

  private static final Recipient HELEN =
      new Recipient(UUID.randomUUID(), "Helen Carter", "senco@riverside.example");
  private static final Recipient CLAIRE =
      new Recipient(UUID.randomUUID(), "Claire \"CB\" Bennett; Mum", "parent@example.org");

  private static CalendarFile.Event event(CalendarFile.Method method, String description) {
    return new CalendarFile.Event(
        method,
        "abc-123@goldenthread.example",
        2,
        Instant.parse("2026-11-22T09:00:00Z"),
        Instant.parse("2026-12-01T15:30:00Z"),
        Instant.parse("2026-12-01T16:30:00Z"),
        "SEN support review for Sarah Bennett",
        "Room 4, Riverside Academy; by the library",
        description,
        HELEN,
        List.of(HELEN, CLAIRE));
  }

  @Test
  void anInvitationReadsBackWithItsTimesPeopleAndIdentity() {
    String ics =
        CalendarFile.write(
            event(CalendarFile.Method.REQUEST, "Agenda:\n1. What is going well, for Sarah"));
    Calendar calendar = Calendars.parse(ics);
    assertThat(Calendars.value(calendar, Property.METHOD)).isEqualTo("REQUEST");
    VEvent event = Calendars.event(calendar);
    assertThat(Calendars.value(event, Property.UID)).isEqualTo("abc-123@goldenthread.example");
    assertThat(Calendars.value(event, Property.SEQUENCE)).isEqualTo("2");
    assertThat(Calendars.value(event, Property.DTSTART)).isEqualTo("20261201T153000Z");
    assertThat(Calendars.value(event, Property.DTEND)).isEqualTo("20261201T163000Z");
    assertThat(Calendars.value(event, Property.LOCATION))
        .isEqualTo("Room 4, Riverside Academy; by the library");
    assertThat(Calendars.value(event, Property.DESCRIPTION))
        .isEqualTo("Agenda:\n1. What is going well, for Sarah");
    assertThat(Calendars.value(event, Property.ORGANIZER))
        .isEqualTo("mailto:senco@riverside.example");
    assertThat(Calendars.values(event, Property.ATTENDEE))
        .containsExactly("mailto:senco@riverside.example", "mailto:parent@example.org");
    assertThat(
            event.getProperties(Property.ATTENDEE).get(1).getParameter(Parameter.CN).orElseThrow())
        .extracting(Parameter::getValue)
        .isEqualTo("Claire CB Bennett; Mum");
    assertThat(Calendars.value(event, Property.STATUS)).isEqualTo("CONFIRMED");
  }

  @Test
  void aCancellationSaysSo() {
    Calendar calendar =
        Calendars.parse(CalendarFile.write(event(CalendarFile.Method.CANCEL, null)));
    assertThat(Calendars.value(calendar, Property.METHOD)).isEqualTo("CANCEL");
    assertThat(Calendars.value(Calendars.event(calendar), Property.STATUS)).isEqualTo("CANCELLED");
  }

  @Test
  void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
    String description = "Nid yw’r cyfarfod hwn yn hir — ".repeat(12) + "ü".repeat(80);
    String ics = CalendarFile.write(event(CalendarFile.Method.REQUEST, description));
    assertThat(ics).endsWith("\r\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
      assertThat(line).doesNotContain("\n").doesNotContain("\r").doesNotContain("\uFFFD");
    }
    assertThat(ics.split("\r\n")).anyMatch(line -> line.startsWith(" "));
    assertThat(Calendars.value(Calendars.event(Calendars.parse(ics)), Property.DESCRIPTION))
        .isEqualTo(description);
  }

  @Test
  void textIsEscaped() {
    assertThat(CalendarFile.text("a\\b;c,d\r\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
    assertThat(CalendarFile.parameter("Jo \"Jay\" Smith")).isEqualTo("\"Jo Jay Smith\"");
  }
}
