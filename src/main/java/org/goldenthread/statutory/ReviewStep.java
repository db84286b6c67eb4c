package org.goldenthread.statutory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A step of an annual review as recorded.
 *
 * @param recordedBy who recorded it, or who booked or closed the meeting that recorded it
 */
public record ReviewStep(
    UUID id, ReviewStepKind kind, LocalDate on, String recordedBy, Instant recordedAt) {}
