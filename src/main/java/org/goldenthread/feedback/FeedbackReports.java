package org.goldenthread.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.LocalAuthoritySummary;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reads the counted answers, and for which school year: an officer of the authority (its
 * schools), a SENCO of the school (its figures and comments). Anyone else finds nothing (404).
 */
@Service
@Transactional(readOnly = true)
class FeedbackReports {

  private final FeedbackFigures figures;
  private final Organisations organisations;
  private final Clock clock;

  FeedbackReports(FeedbackFigures figures, Organisations organisations, Clock clock) {
    this.figures = figures;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** One authority's figures for one school year (null: every year, for the API). */
  record AuthorityReport(
      LocalAuthoritySummary authority, Integer year, PageOf<FeedbackGroup> groups) {}

  /** One school's figures and comments for one school year. */
  record SchoolReport(
      SchoolSummary school,
      int year,
      List<FeedbackGroup> groups,
      List<FeedbackFigures.TermComment> comments) {}

  /** The school year (by its first calendar year) that today falls in. */
  int currentYear() {
    return FeedbackTerm.of(LocalDate.now(clock)).schoolYear();
  }

  AuthorityReport authority(CurrentUser user, UUID authorityId, Integer year, int page, int size) {
    if (authorityId == null
        || !user.organisationsWhere(Role.AUTHORITY_OFFICER).contains(authorityId)) {
      throw NotFound.error();
    }
    LocalAuthoritySummary authority =
        organisations.authority(authorityId).orElseThrow(NotFound::error);
    LocalDate from = year == null ? LocalDate.of(1900, Month.SEPTEMBER, 1) : start(year);
    LocalDate until = year == null ? LocalDate.of(9999, Month.SEPTEMBER, 1) : start(year + 1);
    return new AuthorityReport(
        authority, year, figures.ofAuthority(authorityId, from, until, page, size));
  }

  SchoolReport school(CurrentUser user, UUID schoolId, int year) {
    if (schoolId == null || !user.organisationsWhere(Role.SENCO).contains(schoolId)) {
      throw NotFound.error();
    }
    SchoolSummary school = organisations.school(schoolId).orElseThrow(NotFound::error);
    LocalDate from = start(year);
    LocalDate until = start(year + 1);
    return new SchoolReport(
        school,
        year,
        figures.ofSchool(schoolId, from, until, 0, PageOf.MAX_SIZE).items(),
        figures.comments(schoolId, from, until));
  }

  /** A school year asked for, within reason: from 2000 to next year; anything else is this one. */
  int year(String asked) {
    int current = currentYear();
    if (asked == null || !asked.matches("\\d{4}")) {
      return current;
    }
    int year = Integer.parseInt(asked);
    return year < 2000 || year > current + 1 ? current : year;
  }

  private static LocalDate start(int year) {
    return LocalDate.of(year, Month.SEPTEMBER, 1);
  }
}
