package org.goldenthread.child;

import java.time.Instant;
import java.util.UUID;

/**
 * Whether the child has an account of their own, and if not, whether they are old enough for one
 * and whether an invitation is waiting for them.
 *
 * @param age the child's age today, in whole years
 * @param minimumAge the age from which the child's school lets its pupils have an account
 * @param invitation the invitation still waiting to be accepted, or null
 */
public record ChildAccountStatus(
    UUID childId,
    String childName,
    boolean hasAccount,
    int age,
    int minimumAge,
    Pending invitation) {

  public boolean oldEnough() {
    return age >= minimumAge;
  }

  /** Whether a new invitation may be sent now. */
  public boolean mayInvite() {
    return !hasAccount && invitation == null && oldEnough();
  }

  /** An invitation sent to the child, open until it expires. */
  public record Pending(UUID id, String email, Instant sentAt, Instant expiresAt) {}
}
