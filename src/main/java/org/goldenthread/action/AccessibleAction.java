package org.goldenthread.action;

import java.util.UUID;
import org.goldenthread.child.AccessibleChild;

/**
 * An agreed action the signed-in person may see, through its child's door. Only {@link
 * ActionAccess} makes one: a controller method takes it for the {@code {actionId}} in its path.
 */
public final class AccessibleAction {

  private final UUID id;
  private final UUID meetingId;
  private final AccessibleChild child;

  AccessibleAction(UUID id, UUID meetingId, AccessibleChild child) {
    this.id = id;
    this.meetingId = meetingId;
    this.child = child;
  }

  public UUID id() {
    return id;
  }

  /** The meeting the action was agreed at. */
  public UUID meetingId() {
    return meetingId;
  }

  /** The action's child, as the door opened it to the person. */
  public AccessibleChild child() {
    return child;
  }
}
