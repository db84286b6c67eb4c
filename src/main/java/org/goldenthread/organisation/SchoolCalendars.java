package org.goldenthread.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ProblemTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and changing a school's settings: how it counts its days ({@link SchoolDays} counts with
 * them) and from what age its pupils may be invited to an account of their own ({@link
 * ChildAccountAges}). The school's staff read them; its SENCO, head or administrator, or a platform
 * administrator, change them. Anyone else is told there is no such school (404). A change sends the
 * school's version it read; two changes from one version give one success and one {@link
 * EditConflict}. A change that changes something publishes {@link SchoolSettingsChanged} in its
 * transaction.
 */
@Service
@Transactional(readOnly = true)
public class SchoolCalendars {

  private static final List<Role> READERS =
      List.of(Role.SENCO, Role.HEAD, Role.SCHOOL_ADMIN, Role.TEACHER);
  private static final List<Role> CHANGERS = List.of(Role.SENCO, Role.HEAD, Role.SCHOOL_ADMIN);

  private final SchoolDays days;
  private final Organisations organisations;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  SchoolCalendars(
      SchoolDays days,
      Organisations organisations,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.days = days;
    this.organisations = organisations;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** The school's days for someone who works there. @throws NotFound's 404 for anyone else */
  public SchoolCalendar read(CurrentUser user, UUID schoolId) {
    if (!mayRead(user, schoolId)) {
      throw NotFound.error();
    }
    SchoolSummary school = organisations.school(schoolId).orElseThrow(NotFound::error);
    return new SchoolCalendar(
        schoolId,
        school.name(),
        days.settings(schoolId),
        days.terms(schoolId),
        school.version(),
        mayChange(user, schoolId));
  }

  /** The schools whose days this person may read, by name. */
  public List<SchoolSummary> schoolsOf(CurrentUser user) {
    return organisations
        .schools(READERS.stream().flatMap(role -> user.organisationsWhere(role).stream()).toList())
        .stream()
        .sorted(Comparator.comparing(SchoolSummary::name))
        .toList();
  }

  /**
   * Changes what the change carries, when the school is still at {@code version}.
   *
   * @throws org.goldenthread.web.ValidationProblem when a value breaks a rule (nothing changes)
   * @throws EditConflict when the school changed since the version was read (nothing changes)
   */
  @Transactional
  public SchoolCalendar change(
      CurrentUser user, UUID schoolId, long version, SchoolCalendarChange change) {
    SchoolCalendar now = read(user, schoolId);
    if (!now.mayChange()) {
      throw ProblemTypes.refusal(HttpStatus.FORBIDDEN, null, "api.problem.schoolSettingsForbidden");
    }
    SchoolSettings settings = change.appliedTo(now.settings());
    List<SchoolTerm> terms = change.terms() == null ? now.terms() : change.terms();
    SchoolCalendarRules.check(settings, terms)
        .ifPresent(
            problem -> {
              throw problem;
            });
    int updated =
        jdbc.sql(
                "update school set request_answer_days = ?, evidence_response_days = ?,"
                    + " contact_lapse_weeks = ?, child_account_min_age = ?, version = version + 1"
                    + " where id = ? and version = ?")
            .params(
                settings.requestAnswerDays(),
                settings.evidenceResponseDays(),
                settings.contactLapseWeeks(),
                settings.childAccountMinAge(),
                schoolId,
                version)
            .update();
    if (updated == 0) {
      throw new EditConflict();
    }
    if (change.terms() != null) {
      jdbc.sql("delete from school_term where school_id = ?").param(schoolId).update();
      for (SchoolTerm term : terms) {
        jdbc.sql("insert into school_term (school_id, starts_on, ends_on) values (?, ?, ?)")
            .params(schoolId, term.startsOn(), term.endsOn())
            .update();
      }
    }
    boolean termsChanged =
        !terms.stream()
            .sorted(Comparator.comparing(SchoolTerm::startsOn))
            .toList()
            .equals(now.terms());
    if (termsChanged || !settings.equals(now.settings())) {
      events.publishEvent(
          new SchoolSettingsChanged(
              schoolId, now.schoolName(), now.settings(), settings, termsChanged, user.id()));
    }
    // Not read(): the school's entity read above still holds the version before this update.
    return new SchoolCalendar(
        schoolId,
        now.schoolName(),
        days.settings(schoolId),
        days.terms(schoolId),
        version + 1,
        now.mayChange());
  }

  private boolean mayRead(CurrentUser user, UUID schoolId) {
    return user != null
        && (user.has(Role.PLATFORM_ADMIN)
            || READERS.stream().anyMatch(role -> user.organisationsWhere(role).contains(schoolId)));
  }

  private boolean mayChange(CurrentUser user, UUID schoolId) {
    return user.has(Role.PLATFORM_ADMIN)
        || CHANGERS.stream().anyMatch(role -> user.organisationsWhere(role).contains(schoolId));
  }
}
