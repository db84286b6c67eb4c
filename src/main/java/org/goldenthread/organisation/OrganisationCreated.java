package org.goldenthread.organisation;

import java.util.UUID;

/** An authority, school or service was set up. */
public record OrganisationCreated(OrganisationKind kind, UUID id, String name, UUID actorId) {}
