package org.goldenthread.identity;

import java.time.Instant;
import java.util.UUID;

/** Someone asked for a link to set a new password; the link is for their email only. */
public record PasswordResetRequested(
    UUID userId, String name, String email, String link, Instant expiresAt) {}
