package org.goldenthread.audit;

import java.util.UUID;

/** " at Riverside Academy", or nothing when there is no organisation. */
interface OrganisationLabels {
  String at(UUID organisationId);
}
