package org.goldenthread.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the mail about a meeting says, as it stood when the event happened: the meeting, who it goes
 * to, the link to its page and, for invitations, updates and cancellations, the calendar file (RFC
 * 5545, {@code METHOD:REQUEST} or {@code METHOD:CANCEL}) to attach.
 */
public record MeetingNotice(
    UUID meetingId,
    UUID childId,
    String childName,
    MeetingKind kind,
    Instant startsAt,
    int durationMinutes,
    String location,
    List<String> agenda,
    String organiserName,
    List<Recipient> recipients,
    String link,
    String calendar,
    int calendarSequence) {}
