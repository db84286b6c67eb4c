package org.goldenthread.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation was created; the link carries the single-use token and is only for the invitee's
 * email. {@link #toString()} leaves the link out, so that no log line can carry the token.
 *
 * @param mailed whether the invitation email goes out for it; false when the one who asked for it
 *     puts the link in a letter of its own ({@link Invitations#issue})
 */
public record InvitationIssued(
    UUID invitationId,
    String email,
    String name,
    Role role,
    UUID organisationId,
    UUID invitedBy,
    String link,
    Instant expiresAt,
    boolean mailed) {

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
