package org.goldenthread.organisation;

import java.util.UUID;

/** An authority, school or service was edited; {@code name} is its name after the change. */
public record OrganisationChanged(OrganisationKind kind, UUID id, String name, UUID actorId) {}
