package org.goldenthread.child;

import java.util.UUID;

/**
 * A person lost their way into a child's record: the family withdrew consent for a professional, a
 * member left the team, or a limit was recorded on a family member's information. From now on
 * nothing about the child reaches them; meetings not yet held drop them from their invitees.
 */
public record ChildAccessEnded(UUID childId, UUID userId, Reason reason) {

  /** Why the access ended. */
  public enum Reason {
    CONSENT_WITHDRAWN,
    LEFT_TEAM,
    INFORMATION_LIMITED
  }
}
