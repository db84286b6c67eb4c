package org.goldenthread.plan;

import java.util.UUID;
import org.goldenthread.child.Relationship;

/**
 * Someone removed an item from a child's plan; {@code words}: the item's words, shortened.
 *
 * @param role how the person stands to the child
 */
public record PlanItemRemoved(
    UUID childId,
    PlanItemKind kind,
    UUID itemId,
    long planVersion,
    UUID actorId,
    String actorName,
    Relationship role,
    String words)
    implements PlanChange {}
