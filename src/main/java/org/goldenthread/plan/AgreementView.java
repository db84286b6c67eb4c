package org.goldenthread.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Someone agreeing one version of the plan: {@code relationship} is PARENT, CHILD or YOUNG_PERSON
 * (the young person from 16).
 */
public record AgreementView(
    UUID id,
    long planVersion,
    UUID userId,
    String name,
    String relationship,
    LocalDate agreedOn,
    Instant agreedAt) {}
