package org.goldenthread.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An inbox item as the inbox page and {@code GET /api/v1/inbox} show it.
 *
 * @param title plain words naming the child and what happened
 * @param link the page it is about, a path in the app ("/children/…/messages/…")
 */
public record InboxItemView(
    UUID id, InboxKind kind, UUID childId, String title, String link, Instant at, boolean read) {}
