package org.goldenthread.disagreement;

import java.time.LocalDate;

/** A stage as recorded; {@code settles}: it settled the disagreement (null reads as no). */
public record StageInput(
    StageKind stage,
    LocalDate startedOn,
    LocalDate certificateOn,
    String asked,
    String answered,
    String outcome,
    Boolean settles) {}
