package org.goldenthread.child;

import java.util.UUID;

/**
 * Someone created, changed or removed part of a child's record; {@code what} says what, in words
 * each reader of the child's audit trail reads in their own language.
 */
public record ChildRecordChanged(
    UUID childId, UUID actorId, String actorName, Relationship role, Action action, Happened what) {

  /** The kind of change. */
  public enum Action {
    CREATE,
    UPDATE,
    DELETE
  }
}
