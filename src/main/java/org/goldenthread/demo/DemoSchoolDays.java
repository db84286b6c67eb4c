package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.SchoolCalendar;
import org.goldenthread.organisation.SchoolCalendarChange;
import org.goldenthread.organisation.SchoolCalendars;
import org.goldenthread.organisation.SchoolTerm;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Riverside Academy's term dates, from the summer before this school year to the autumn after it,
 * each term split at half term, so that its answers are counted in school days; Brook Primary has
 * entered none and counts working days. Loaded once: nothing is added when Riverside has terms.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoSchoolDays implements DemoStep {

  private final DemoPeople people;
  private final SchoolCalendars calendars;
  private final Clock clock;

  DemoSchoolDays(DemoPeople people, SchoolCalendars calendars, Clock clock) {
    this.people = people;
    this.calendars = calendars;
    this.clock = clock;
  }

  @Override
  public void load() {
    CurrentUser senco = people.user("senco@riverside.example");
    var riverside = senco.organisationsWhere(Role.SENCO).iterator().next();
    SchoolCalendar calendar = calendars.read(senco, riverside);
    if (!calendar.terms().isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    int year =
        today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
    List<SchoolTerm> terms = new ArrayList<>(summer(year));
    terms.addAll(autumn(year));
    terms.addAll(spring(year + 1));
    terms.addAll(summer(year + 1));
    terms.addAll(autumn(year + 1));
    calendars.change(senco, riverside, calendar.version(), SchoolCalendarChange.terms(terms));
  }

  private static List<SchoolTerm> autumn(int year) {
    return List.of(term(year, 9, 3, 10, 23), term(year, 11, 2, 12, 18));
  }

  private static List<SchoolTerm> spring(int year) {
    return List.of(term(year, 1, 5, 2, 12), term(year, 2, 22, 3, 26));
  }

  private static List<SchoolTerm> summer(int year) {
    return List.of(term(year, 4, 12, 5, 21), term(year, 6, 1, 7, 21));
  }

  private static SchoolTerm term(int year, int fromMonth, int fromDay, int toMonth, int toDay) {
    return new SchoolTerm(
        LocalDate.of(year, fromMonth, fromDay), LocalDate.of(year, toMonth, toDay));
  }
}
