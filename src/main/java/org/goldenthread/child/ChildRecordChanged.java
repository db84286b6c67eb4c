package org.goldenthread.child;

import java.util.UUID;

/** Someone created, changed or removed part of a child's record; {@code what} says what. */
public record ChildRecordChanged(
    UUID childId, UUID actorId, String actorName, Relationship role, Action action, String what) {

  /** The kind of change. */
  public enum Action {
    CREATE,
    UPDATE,
    DELETE
  }
}
