package org.goldenthread.concern;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision about a concern as given.
 *
 * @param reviewOn when to look again: needed to keep an eye on it, optional otherwise
 * @param meetingId the meeting it was made at, or null: then the concern's first-concern meeting
 *     once held, unless {@code withoutMeeting}
 * @param withoutMeeting true when it was made without a meeting
 * @param how how it was made without a meeting ("after a phone call with Sarah's mother"), or null
 */
public record DecisionInput(
    ConcernDecision decision,
    String reasons,
    LocalDate reviewOn,
    UUID meetingId,
    Boolean withoutMeeting,
    String how) {}
