package org.goldenthread.organisation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.identity.TwoFactorOrganisations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells identity which schools and authorities require two-factor sign-in of their staff. */
@Component
class OrganisationTwoFactor implements TwoFactorOrganisations {

  private final SchoolRepository schools;
  private final LocalAuthorityRepository authorities;

  OrganisationTwoFactor(SchoolRepository schools, LocalAuthorityRepository authorities) {
    this.schools = schools;
    this.authorities = authorities;
  }

  @Override
  @Transactional(readOnly = true)
  public Set<UUID> requiringTwoFactor(Collection<UUID> organisationIds) {
    if (organisationIds.isEmpty()) {
      return Set.of();
    }
    Set<UUID> requiring = new HashSet<>(schools.findIdsRequiringTwoFactor(organisationIds));
    requiring.addAll(authorities.findIdsRequiringTwoFactor(organisationIds));
    return requiring;
  }
}
