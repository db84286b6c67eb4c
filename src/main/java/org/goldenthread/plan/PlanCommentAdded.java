package org.goldenthread.plan;

import java.util.UUID;
import org.goldenthread.child.Relationship;

/** Someone commented on an item of a child's plan. */
public record PlanCommentAdded(
    UUID childId,
    PlanItemKind kind,
    UUID itemId,
    UUID actorId,
    String actorName,
    Relationship role,
    String words)
    implements PlanChange {}
