package org.goldenthread.message;

import java.time.Instant;
import java.util.UUID;

/** A message was sent in a child's thread: for the notifications to come. */
public record MessageSent(
    UUID messageId,
    UUID threadId,
    UUID childId,
    UUID authorId,
    String authorName,
    boolean fromFamily,
    String subject,
    Instant sentAt) {}
