package org.goldenthread.child;

import java.util.UUID;

/** The child accepted their invitation: their own account is now linked to their record. */
public record ChildAccountLinked(UUID childId, UUID userId) {}
