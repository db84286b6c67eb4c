package org.goldenthread.identity;

import java.util.UUID;

/**
 * Someone now holds a role they did not hold before: by an accepted invitation, or granted
 * directly. {@code grantedById} is the person who granted it (the one who sent the invitation), or
 * null when Golden Thread itself did (the demo data).
 */
public record RoleGranted(
    UUID userId,
    String name,
    String email,
    Role role,
    UUID organisationId,
    UUID grantedById,
    String grantedByName) {}
