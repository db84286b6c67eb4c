package org.goldenthread.child;

import java.util.UUID;

/** A child as a long list names them: who, in which year, at which school. */
public record ChildListing(UUID id, String displayName, String yearGroup, UUID schoolId) {}
