package org.goldenthread.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting as the API receives it (api.md "Meeting"): {@code startsAt} an ISO-8601 instant, {@code
 * inviteeIds} user ids. On POST, {@code status} DRAFT keeps it a draft (no invitations); on PUT,
 * CANCELLED cancels it and BOOKED books a draft. {@code version} is needed on PUT.
 */
record MeetingRequest(
    MeetingKind kind,
    OffsetDateTime startsAt,
    Integer durationMinutes,
    String location,
    List<UUID> inviteeIds,
    List<String> agenda,
    MeetingStatus status,
    Long version) {

  MeetingDetails details() {
    return new MeetingDetails(
        kind,
        startsAt == null ? null : startsAt.toInstant(),
        durationMinutes,
        location,
        inviteeIds == null ? null : inviteeIds.stream().filter(Objects::nonNull).toList(),
        agenda);
  }

  boolean changesDetails() {
    return kind != null
        || startsAt != null
        || durationMinutes != null
        || location != null
        || inviteeIds != null
        || agenda != null;
  }
}
