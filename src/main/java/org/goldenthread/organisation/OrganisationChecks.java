package org.goldenthread.organisation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Every rule for what is entered about an organisation: those of {@link OrganisationRules} and
 * those that need the database (a code or URN not already taken, an authority that exists). Each
 * method answers the tidied details or throws {@link OrganisationRefused} with every problem.
 */
@Component
class OrganisationChecks {

  private final LocalAuthorityRepository authorities;
  private final SchoolRepository schools;

  OrganisationChecks(LocalAuthorityRepository authorities, SchoolRepository schools) {
    this.authorities = authorities;
    this.schools = schools;
  }

  /**
   * @param id the authority being edited, or null for a new one
   */
  AuthorityDetails authority(AuthorityDetails details, UUID id) {
    Problems problems = new Problems();
    AuthorityDetails checked = OrganisationRules.authority(details, problems);
    if (!problems.has("code")
        && (id == null
            ? authorities.existsByCode(checked.code())
            : authorities.existsByCodeAndIdNot(checked.code(), id))) {
      problems.add("code", "organisation.authority.error.code.taken");
    }
    problems.throwIfAny();
    return checked;
  }

  /**
   * @param id the school being edited, or null for a new one
   */
  Checked<SchoolDetails> school(SchoolDetails details, UUID id) {
    Problems problems = new Problems();
    SchoolDetails checked = OrganisationRules.school(details, problems);
    if (!problems.has("urn")
        && (id == null
            ? schools.existsByUrn(checked.urn())
            : schools.existsByUrnAndIdNot(checked.urn(), id))) {
      problems.add("urn", "organisation.school.error.urn.taken");
    }
    LocalAuthority authority = chosenAuthority(checked.authorityId(), problems);
    problems.throwIfAny();
    return new Checked<>(checked, authority);
  }

  Checked<ServiceDetails> service(ServiceDetails details) {
    Problems problems = new Problems();
    ServiceDetails checked = OrganisationRules.service(details, problems);
    LocalAuthority authority = chosenAuthority(checked.authorityId(), problems);
    problems.throwIfAny();
    return new Checked<>(checked, authority);
  }

  private LocalAuthority chosenAuthority(UUID authorityId, Problems problems) {
    if (authorityId == null) {
      return null;
    }
    Optional<LocalAuthority> authority = authorities.findById(authorityId);
    if (authority.isEmpty()) {
      problems.add("authorityId", "organisation.error.authority.unknown");
    }
    return authority.orElse(null);
  }

  /** Details that keep the rules, with the authority they name (null when none is named). */
  record Checked<T>(T details, LocalAuthority authority) {}
}
