package org.goldenthread.meeting;

import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.identity.CurrentUser;

/**
 * A meeting the signed-in person may see, through its child's door. Only {@link MeetingAccess}
 * makes one: a controller method takes it for the {@code {meetingId}} in its path (the route test
 * fails for a meeting route without it).
 */
public final class AccessibleMeeting {

  private final UUID id;
  private final AccessibleChild child;

  AccessibleMeeting(UUID id, AccessibleChild child) {
    this.id = id;
    this.child = child;
  }

  public UUID id() {
    return id;
  }

  /** The meeting's child, as the door opened it for this person. */
  public AccessibleChild child() {
    return child;
  }

  public CurrentUser user() {
    return child.user();
  }
}
