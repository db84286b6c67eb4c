package org.goldenthread.meeting;

import java.time.Instant;
import java.util.UUID;

/**
 * One child on SEN support and their meetings with parents this school year.
 *
 * @param nextMeetingId the next booked meeting with parents, or null ("none booked")
 * @param nextMeetingAt when it starts, or null
 */
public record ChildRhythm(
    UUID childId,
    String childName,
    String yearGroup,
    RhythmCheck check,
    UUID nextMeetingId,
    Instant nextMeetingAt) {}
