package org.goldenthread.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What is entered to arrange or change a meeting. When arranging, a missing length is an hour, a
 * missing agenda is the default one (it starts from the child's strengths) and the invitees are
 * whoever is named plus, always, the organiser and the child's parents who have an account. When
 * changing, a field left null stays as it is. Pages take the date and time in England's time zone
 * and turn them into an instant with {@link MeetingTimes#startsAt}.
 */
public record MeetingDetails(
    MeetingKind kind,
    Instant startsAt,
    Integer durationMinutes,
    String location,
    List<UUID> inviteeIds,
    List<String> agenda) {}
