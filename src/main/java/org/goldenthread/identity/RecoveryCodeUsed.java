package org.goldenthread.identity;

import java.util.UUID;

/**
 * Someone signed in with one of their recovery codes instead of a code from their app.
 *
 * @param remaining how many unused recovery codes they have left
 */
public record RecoveryCodeUsed(UUID userId, String name, int remaining, String address) {}
