package org.goldenthread.identity;

import java.util.UUID;

/** The invitee followed the link; they now hold the role. */
public record InvitationAccepted(
    UUID invitationId, UUID userId, String name, String email, Role role, UUID organisationId) {}
