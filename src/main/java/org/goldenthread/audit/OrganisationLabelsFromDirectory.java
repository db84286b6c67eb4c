package org.goldenthread.audit;

import java.util.UUID;
import org.goldenthread.organisation.Organisations;
import org.springframework.stereotype.Component;

/** Reads names from the organisation capability. */
@Component
class OrganisationLabelsFromDirectory implements OrganisationLabels {

  private final Organisations organisations;

  OrganisationLabelsFromDirectory(Organisations organisations) {
    this.organisations = organisations;
  }

  @Override
  public String at(UUID organisationId) {
    return organisationId == null
        ? ""
        : organisations.name(organisationId).map(name -> " at " + name).orElse("");
  }
}
