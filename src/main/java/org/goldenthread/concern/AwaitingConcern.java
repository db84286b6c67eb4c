package org.goldenthread.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A concern waiting for a decision, as a SENCO's home lists it.
 *
 * @param meetingStartsAt when the first-concern meeting booked for it starts, or null
 */
public record AwaitingConcern(
    UUID id,
    UUID childId,
    String childName,
    LocalDate raisedOn,
    String raisedByName,
    LocalDate answerDueOn,
    Instant meetingStartsAt,
    boolean late) {}
