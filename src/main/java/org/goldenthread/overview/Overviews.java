package org.goldenthread.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.LocalAuthoritySummary;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reads an authority's overview: its officers, and the platform's administrators (who set the
 * authorities up). Anyone else finds nothing there (404), as if the authority did not exist. Every
 * figure is counted for today ({@link Clock}), this calendar year.
 */
@Service
@Transactional(readOnly = true)
public class Overviews {

  private final OverviewFigures figures;
  private final Organisations organisations;
  private final Clock clock;

  Overviews(OverviewFigures figures, Organisations organisations, Clock clock) {
    this.figures = figures;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** Whether this person may read the overview of this authority. */
  static boolean mayRead(CurrentUser user, UUID authorityId) {
    return authorityId != null
        && (user.organisationsWhere(Role.AUTHORITY_OFFICER).contains(authorityId)
            || user.has(Role.PLATFORM_ADMIN));
  }

  /** The authority whose overview an officer reads first: their own (the first, if several). */
  public static Optional<UUID> firstAuthority(CurrentUser user) {
    return user.organisationsWhere(Role.AUTHORITY_OFFICER).stream().min(Comparator.naturalOrder());
  }

  /** The authority's figures today; 404 for anyone who may not read them. */
  AuthorityDashboard dashboard(CurrentUser user, UUID authorityId) {
    if (!mayRead(user, authorityId)) {
      throw NotFound.error();
    }
    LocalAuthoritySummary authority =
        organisations.authority(authorityId).orElseThrow(NotFound::error);
    LocalDate today = LocalDate.now(clock);
    return new AuthorityDashboard(
        authority.id(),
        authority.name(),
        today.getYear(),
        today,
        figures.assessments(authorityId, today),
        figures.annualReviews(authorityId, today),
        figures.missedDeadlines(authorityId, today),
        figures.disagreements(authorityId, today),
        figures.senChildren(authorityId));
  }
}
