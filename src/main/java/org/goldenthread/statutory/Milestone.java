package org.goldenthread.statutory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.deadline.AllowedException;

/**
 * A milestone as recorded: the step, its day and what goes with it.
 *
 * @param assess for a decision: whether the authority will assess
 * @param adviser for advice asked: who was asked
 * @param adviceId for advice received: the milestone that asked for it
 * @param reason for an exception: which one
 * @param note in the recorder's words (an exception's circumstances)
 */
record Milestone(
    UUID id,
    MilestoneKind kind,
    LocalDate on,
    Boolean assess,
    String adviser,
    UUID adviceId,
    AllowedException.Reason reason,
    String note,
    String recordedBy,
    Instant recordedAt) {}
