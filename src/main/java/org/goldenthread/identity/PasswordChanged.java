package org.goldenthread.identity;

import java.util.UUID;

/** A password was changed, from the account page or through a reset link. */
public record PasswordChanged(UUID userId, String name, String email, boolean throughResetLink) {}
