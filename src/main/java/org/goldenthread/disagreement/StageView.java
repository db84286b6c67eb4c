package org.goldenthread.disagreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One stage of a disagreement as pages and the API show it. {@code certificateOn}: the mediation
 * certificate's date (mediation advice or mediation only). {@code settles}: this stage settled the
 * disagreement.
 */
public record StageView(
    UUID id,
    StageKind stage,
    LocalDate startedOn,
    LocalDate certificateOn,
    String asked,
    String answered,
    String outcome,
    boolean settles,
    String recordedByName,
    Instant recordedAt) {}
