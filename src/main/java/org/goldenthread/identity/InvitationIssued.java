package org.goldenthread.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation was created; the link carries the single-use token and is only for the invitee's
 * email.
 */
public record InvitationIssued(
    UUID invitationId,
    String email,
    String name,
    Role role,
    UUID organisationId,
    UUID invitedBy,
    String link,
    Instant expiresAt) {}
