package org.goldenthread.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * School days, the way a school counts the time it has to answer: Monday to Friday, not a bank
 * holiday, and, when the school has entered its term dates, inside a term. Beyond the terms entered
 * (before the first or after the last) a working day counts, so a due date never runs away. A
 * school that is unknown, or none at all (a request to the authority), counts working days with the
 * default settings.
 */
@Service
public class SchoolDays {

  private final JdbcClient jdbc;
  private final DeadlineCalendar calendar;

  SchoolDays(JdbcClient jdbc, DeadlineCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /** The school's settings, or the defaults for an unknown school or none. */
  public SchoolSettings settings(UUID schoolId) {
    if (schoolId == null) {
      return SchoolSettings.DEFAULTS;
    }
    return jdbc.sql(
            "select request_answer_days, evidence_response_days, contact_lapse_weeks,"
                + " child_account_min_age from school where id = ?")
        .param(schoolId)
        .query(
            (row, n) ->
                new SchoolSettings(
                    row.getInt("request_answer_days"),
                    row.getInt("evidence_response_days"),
                    row.getInt("contact_lapse_weeks"),
                    row.getInt("child_account_min_age")))
        .optional()
        .orElse(SchoolSettings.DEFAULTS);
  }

  /** The terms the school has entered, earliest first. */
  public List<SchoolTerm> terms(UUID schoolId) {
    if (schoolId == null) {
      return List.of();
    }
    return jdbc.sql(
            "select starts_on, ends_on from school_term where school_id = ? order by starts_on")
        .param(schoolId)
        .query(
            (row, n) ->
                new SchoolTerm(
                    row.getObject("starts_on", LocalDate.class),
                    row.getObject("ends_on", LocalDate.class)))
        .list();
  }

  /** The school day {@code count} school days after {@code from} (counting from the day after). */
  public LocalDate plusSchoolDays(UUID schoolId, LocalDate from, int count) {
    return new Counter(calendar.workingDays(), terms(schoolId)).plus(from, count);
  }

  /** When a request in writing made on the day should be answered by the school. */
  public LocalDate requestAnswerDue(UUID schoolId, LocalDate madeOn) {
    return plusSchoolDays(schoolId, madeOn, settings(schoolId).requestAnswerDays());
  }

  /** When the school should say what it makes of evidence a family shared on the day. */
  public LocalDate evidenceResponseDue(UUID schoolId, LocalDate sharedOn) {
    return plusSchoolDays(schoolId, sharedOn, settings(schoolId).evidenceResponseDays());
  }

  /** Counts school days over working days and the terms entered. */
  record Counter(WorkingDays workingDays, List<SchoolTerm> terms) {

    boolean isSchoolDay(LocalDate day) {
      if (!workingDays.isWorkingDay(day)) {
        return false;
      }
      if (terms.isEmpty()
          || day.isBefore(terms.get(0).startsOn())
          || day.isAfter(terms.get(terms.size() - 1).endsOn())) {
        return true;
      }
      return terms.stream().anyMatch(term -> term.includes(day));
    }

    LocalDate plus(LocalDate from, int count) {
      LocalDate day = from;
      for (int left = count; left > 0; ) {
        day = day.plusDays(1);
        if (isSchoolDay(day)) {
          left--;
        }
      }
      return day;
    }
  }
}
