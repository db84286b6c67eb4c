package org.goldenthread.identity;

import java.time.Instant;
import java.util.UUID;

/** An invitation as an administrator sees it in a list. */
public record InvitationSummary(
    UUID id,
    String email,
    String name,
    Role role,
    UUID organisationId,
    Instant sentAt,
    Instant expiresAt,
    Instant acceptedAt) {

  public enum State {
    PENDING,
    ACCEPTED,
    EXPIRED
  }

  public State state(Instant now) {
    if (acceptedAt != null) {
      return State.ACCEPTED;
    }
    return expiresAt.isBefore(now) ? State.EXPIRED : State.PENDING;
  }
}
