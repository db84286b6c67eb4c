package org.goldenthread.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's caseload for those who may see every child of the school: its staff (the SENCO, the
 * head, teachers, the school office) and the officers of the school's authority. Anyone else,
 * another school's SENCO among them, is told there is nothing there (404).
 */
@Service
@Transactional(readOnly = true)
public class SchoolCaseloads {

  static final int PAGE_SIZE = 50;

  /** The school staff who see every child of their school. */
  static final Set<Role> STAFF = EnumSet.of(Role.SENCO, Role.HEAD, Role.TEACHER, Role.SCHOOL_ADMIN);

  private final CaseloadQueries queries;
  private final Organisations organisations;
  private final Clock clock;

  SchoolCaseloads(CaseloadQueries queries, Organisations organisations, Clock clock) {
    this.queries = queries;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** The school, when the person may see its caseload; 404 otherwise. */
  SchoolSummary school(CurrentUser user, UUID schoolId) {
    if (user == null || schoolId == null) {
      throw NotFound.error();
    }
    boolean staff =
        STAFF.stream().anyMatch(role -> user.organisationsWhere(role).contains(schoolId));
    Set<UUID> authorities = user.organisationsWhere(Role.AUTHORITY_OFFICER);
    if (!staff && authorities.isEmpty()) {
      throw NotFound.error();
    }
    Optional<SchoolSummary> school = organisations.school(schoolId);
    if (school.isEmpty() || !(staff || authorities.contains(school.get().authorityId()))) {
      throw NotFound.error();
    }
    return school.get();
  }

  /** The schools whose caseload the person leads as their SENCO (for the home and navigation). */
  static List<UUID> sencoSchools(CurrentUser user) {
    return user.organisationsWhere(Role.SENCO).stream().sorted().toList();
  }

  CaseloadQueries.Figures figures(UUID school) {
    return queries.figures(school, clock.instant());
  }

  long count(UUID school, CaseloadFilter filter) {
    return queries.count(school, filter, clock.instant());
  }

  CaseloadQueries.CaseloadPage page(UUID school, CaseloadFilter filter, int page) {
    return queries.page(school, filter, clock.instant(), Math.max(0, page), PAGE_SIZE);
  }

  void each(UUID school, CaseloadFilter filter, Consumer<CaseloadRow> each) {
    queries.each(school, filter, clock.instant(), each);
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(CaseloadQueries.ENGLAND));
  }
}
