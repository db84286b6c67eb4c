package org.goldenthread.action;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agreed action (api.md "Action" plus the meeting and child it belongs to). {@code overdue}: it
 * is open and its due date is before today in England.
 */
public record ActionView(
    UUID id,
    UUID meetingId,
    UUID childId,
    String childName,
    String description,
    UUID ownerId,
    String ownerName,
    LocalDate dueOn,
    ActionStatus status,
    String reason,
    boolean overdue,
    long version) {}
