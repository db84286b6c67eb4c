package org.goldenthread.disagreement;

import java.util.UUID;

/** A stage was added to a disagreement (whoever listens; the child's history has it too). */
public record DisagreementStageRecorded(
    UUID disagreementId,
    UUID childId,
    StageKind stage,
    UUID aboutStaffId,
    UUID recordedById,
    String recordedByName) {}
