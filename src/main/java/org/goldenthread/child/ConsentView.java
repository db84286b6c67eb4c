package org.goldenthread.child;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A consent as pages and the API show it. */
public record ConsentView(
    UUID id,
    UUID memberId,
    ConsentStatus status,
    ConsentMethod method,
    LocalDate givenOn,
    String givenBy,
    String recordedBy,
    Instant recordedAt) {}
