package org.goldenthread.concern;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The school decided about a concern, in writing: for the notifications (the family, and whoever
 * raised it, read the decision and its reasons) and whoever else listens.
 *
 * @param atMeeting whether it was made at a meeting
 */
public record ConcernDecided(
    UUID concernId,
    UUID childId,
    ConcernDecision decision,
    LocalDate reviewOn,
    boolean atMeeting,
    UUID raisedById,
    UUID decidedById,
    String decidedByName) {}
