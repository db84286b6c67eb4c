package org.goldenthread.organisation;

import java.util.UUID;

/** What is entered to create or edit a school, as typed (it is trimmed and checked). */
public record SchoolDetails(String urn, String name, SchoolPhase phase, UUID authorityId) {}
