package org.goldenthread.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation was created; the link carries the single-use token and is only for the invitee's
 * email. {@link #toString()} leaves the link out, so that no log line can carry the token.
 */
public record InvitationIssued(
    UUID invitationId,
    String email,
    String name,
    Role role,
    UUID organisationId,
    UUID invitedBy,
    String link,
    Instant expiresAt) {

  @Override
  public String toString() {
    return "InvitationIssued[invitationId="
        + invitationId
        + ", role="
        + role
        + ", organisationId="
        + organisationId
        + ", link=(secret)]";
  }
}
