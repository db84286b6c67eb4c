package org.goldenthread.meeting;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Reads calendar files with ical4j, an RFC 5545 parser independent of the one that writes them. */
final class Calendars {

  private Calendars() {}

  static Calendar parse(String ics) {
    try {
      return new CalendarBuilder().build(new StringReader(ics));
    } catch (Exception e) {
      throw new AssertionError("not a valid calendar file: " + e.getMessage() + "\n" + ics, e);
    }
  }

  static VEvent event(Calendar calendar) {
    return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
  }

  static String value(Calendar calendar, String name) {
    return calendar.getProperty(name).map(Property::getValue).orElse(null);
  }

  static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElse(null);
  }

  static List<String> values(VEvent event, String name) {
    return event.getProperties(name).stream().map(Property::getValue).toList();
  }
}
