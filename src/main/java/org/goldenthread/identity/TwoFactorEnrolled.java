package org.goldenthread.identity;

import java.util.UUID;

/** Someone turned two-factor sign-in on for their account (and was given new recovery codes). */
public record TwoFactorEnrolled(UUID userId, String name) {}
