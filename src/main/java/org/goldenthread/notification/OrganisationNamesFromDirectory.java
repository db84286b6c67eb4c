package org.goldenthread.notification;

import java.util.Optional;
import java.util.UUID;
import org.goldenthread.organisation.Organisations;
import org.springframework.stereotype.Component;

/** Reads names from the organisation capability. */
@Component
class OrganisationNamesFromDirectory implements OrganisationNames {

  private final Organisations organisations;

  OrganisationNamesFromDirectory(Organisations organisations) {
    this.organisations = organisations;
  }

  @Override
  public Optional<String> nameOf(UUID organisationId) {
    return organisationId == null ? Optional.empty() : organisations.name(organisationId);
  }
}
