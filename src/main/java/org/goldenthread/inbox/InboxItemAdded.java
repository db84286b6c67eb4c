package org.goldenthread.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An item was put in a person's inbox: for the notifications, which email it at once when the
 * person chose that for its kind and no letter of its own went for it.
 *
 * @param fromId who did what the item tells of, or null when no one did (a date coming up)
 * @param byLetter a letter of its own went (or goes) for it to those who chose immediate email: a
 *     meeting's invitation, a deadline letter, a letter about a change to support
 */
public record InboxItemAdded(
    UUID itemId,
    UUID userId,
    InboxKind kind,
    UUID childId,
    String title,
    String link,
    Instant at,
    UUID fromId,
    boolean byLetter) {}
