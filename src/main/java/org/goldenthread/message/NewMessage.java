package org.goldenthread.message;

import java.util.UUID;

/**
 * A message to send: in the thread {@code threadId}, or, when that is null, in a new thread with
 * this subject (and, optionally, what it is about).
 */
public record NewMessage(
    UUID threadId, String subject, String text, AboutKind aboutKind, UUID aboutId) {}
