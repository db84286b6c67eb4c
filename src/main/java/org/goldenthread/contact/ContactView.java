package org.goldenthread.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An entry of the contact log as pages and the API show it. */
public record ContactView(
    UUID id,
    UUID childId,
    LocalDate on,
    ContactHow how,
    String with,
    String summary,
    String agreed,
    UUID recordedBy,
    String recordedByName,
    Instant recordedAt,
    long version) {}
