package org.goldenthread.notification;

import java.util.Optional;
import java.util.UUID;

/** The name of a school, authority or service, to say where an invitation is for. */
interface OrganisationNames {
  Optional<String> nameOf(UUID organisationId);
}
