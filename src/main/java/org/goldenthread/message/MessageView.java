package org.goldenthread.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message as pages and the API show it: {@code readBy} names those other than its author who have
 * opened its thread since it was sent, in the order they read it.
 */
public record MessageView(
    UUID id,
    UUID threadId,
    UUID authorId,
    String authorName,
    Instant sentAt,
    String text,
    List<String> readBy) {}
