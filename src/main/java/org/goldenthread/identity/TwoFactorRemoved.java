package org.goldenthread.identity;

import java.util.UUID;

/** Someone turned two-factor sign-in off for their account, after typing their password. */
public record TwoFactorRemoved(UUID userId, String name) {}
