package org.goldenthread.voice;

import java.time.Instant;
import java.util.UUID;

/** A view still waiting for its loop to close, as the SENCO's home lists it. */
public record WaitingView(
    UUID id,
    UUID childId,
    String childName,
    Whose whose,
    Instant recordedAt,
    ViewStatus status,
    long openDays) {}
