package org.goldenthread.child;

import java.util.UUID;

/** Someone read part of a child's record ("record", "family", "team", ...). */
public record ChildRecordRead(
    UUID childId, UUID actorId, String actorName, Relationship role, String part) {}
