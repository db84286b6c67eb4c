package org.goldenthread.plan;

import java.util.UUID;
import org.goldenthread.child.Relationship;

/**
 * A change to a child's plan (an item added, changed or removed, a comment, an agreement, a
 * review): whose plan, and who made the change in what role, which the child's audit trail keeps of
 * every one.
 */
public interface PlanChange {

  UUID childId();

  UUID actorId();

  String actorName();

  /** How the person stands to the child. */
  Relationship role();
}
