package org.goldenthread.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting as pages and the API show it (api.md "Meeting" plus what the pages need). {@code
 * status} is the status now: a booked meeting whose start has passed is {@code HELD}. A closed
 * meeting has either {@code followUpOn} (and {@code followUpMeetingId}) or {@code
 * noFollowUpReason}. {@code calendarUid} and {@code calendarSequence} are those of the calendar
 * file sent last.
 */
public record MeetingView(
    UUID id,
    UUID childId,
    String childName,
    MeetingKind kind,
    Instant startsAt,
    Instant endsAt,
    int durationMinutes,
    String location,
    List<UUID> inviteeIds,
    List<InviteeView> invitees,
    List<String> agenda,
    UUID organiserId,
    String organiserName,
    MeetingStatus status,
    Minutes minutes,
    LocalDate followUpOn,
    String noFollowUpReason,
    UUID followUpMeetingId,
    UUID previousMeetingId,
    Instant closedAt,
    String calendarUid,
    int calendarSequence,
    long version) {

  /** Whether this person is invited (the organiser is always invited). */
  public boolean invites(UUID userId) {
    return inviteeIds.contains(userId);
  }

  /** Whether a parent or carer of the child was invited. */
  public boolean withParents() {
    return invitees.stream().anyMatch(InviteeView::parent);
  }
}
