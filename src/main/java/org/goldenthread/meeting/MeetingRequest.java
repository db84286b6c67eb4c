package org.goldenthread.meeting;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.goldenthread.web.Parse;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;

/**
 * A meeting as the API receives it (api.md "Meeting"): {@code startsAt} an ISO-8601 instant, {@code
 * inviteeIds} user ids. On POST, {@code status} DRAFT keeps it a draft (no invitations); on PUT,
 * CANCELLED cancels it and BOOKED books a draft. {@code version} is needed on PUT.
 */
record MeetingRequest(
    @Schema(implementation = MeetingKind.class) String kind,
    @Schema(type = "string", format = "date-time") String startsAt,
    Integer durationMinutes,
    String location,
    @ArraySchema(schema = @Schema(type = "string", format = "uuid")) List<String> inviteeIds,
    List<String> agenda,
    @Schema(implementation = MeetingStatus.class) String status,
    Long version) {

  /** The details entered, every field that does not read named in one 400. */
  MeetingDetails details() {
    Parse parse = new Parse();
    MeetingKind meetingKind = parse.choice("kind", kind, MeetingKind.class);
    List<UUID> invitees =
        inviteeIds == null
            ? null
            : inviteeIds.stream().map(id -> parse.id("inviteeIds", id)).toList();
    Instant start = null;
    FieldMessage badStart = null;
    if (startsAt != null && !startsAt.isBlank()) {
      try {
        start = OffsetDateTime.parse(startsAt.strip()).toInstant();
      } catch (DateTimeException e) {
        badStart = new FieldMessage("startsAt", "api.error.instant");
      }
    }
    try {
      parse.done();
    } catch (ValidationProblem problem) {
      if (badStart == null) {
        throw problem;
      }
      List<FieldMessage> all = new java.util.ArrayList<>(problem.errors());
      all.add(badStart);
      throw new ValidationProblem(all);
    }
    if (badStart != null) {
      throw new ValidationProblem(List.of(badStart));
    }
    return new MeetingDetails(
        meetingKind,
        start,
        durationMinutes,
        location,
        invitees == null ? null : invitees.stream().filter(id -> id != null).toList(),
        agenda);
  }

  MeetingStatus requestedStatus() {
    Parse parse = new Parse();
    MeetingStatus wanted = parse.choice("status", status, MeetingStatus.class);
    parse.done();
    return wanted;
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
