package org.goldenthread.child;

import java.util.UUID;

/**
 * Someone read part of a child's record; {@code part} is the message key that names it ({@code
 * audit.part.plan}: "the plan"), so that the audit trail says it in each reader's language.
 */
public record ChildRecordRead(
    UUID childId, UUID actorId, String actorName, Relationship role, String part) {}
