package org.goldenthread.meeting;

import java.util.UUID;

/**
 * An agreed action the signed-in person may see, through its meeting's child's door. Only {@link
 * MeetingAccess} makes one: a controller method takes it for the {@code {actionId}} in its path.
 */
public final class AccessibleAction {

  private final UUID id;
  private final AccessibleMeeting meeting;

  AccessibleAction(UUID id, AccessibleMeeting meeting) {
    this.id = id;
    this.meeting = meeting;
  }

  public UUID id() {
    return id;
  }

  public AccessibleMeeting meeting() {
    return meeting;
  }
}
