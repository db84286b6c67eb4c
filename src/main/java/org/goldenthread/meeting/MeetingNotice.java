package org.goldenthread.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the letters about a meeting say, as it stood when the event happened: the meeting, the child
 * (by the name they go by) and their school, who did it, who the letters go to, the link to the
 * meeting's page and, for invitations, updates and cancellations, the calendar file (RFC 5545,
 * {@code METHOD:REQUEST} or {@code METHOD:CANCEL}) to attach.
 *
 * @param recipients the invitees with an account
 * @param family the parents with parental responsibility who are not invitees (no account yet, or
 *     one given since): every letter goes to them too, checked against the family record when sent
 */
public record MeetingNotice(
    UUID meetingId,
    UUID childId,
    String childName,
    String schoolName,
    MeetingKind kind,
    Instant startsAt,
    int durationMinutes,
    String location,
    List<String> agenda,
    MeetingSender sender,
    List<Recipient> recipients,
    List<FamilyRecipient> family,
    String link,
    String calendar,
    int calendarSequence) {}
