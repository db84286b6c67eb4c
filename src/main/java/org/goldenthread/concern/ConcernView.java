package org.goldenthread.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A concern as pages and the API show it (issue 16's fields, with who raised and decided it and the
 * path between). {@code answerDueOn}: 15 school days after {@code raisedOn}. {@code late}: decided
 * after it, or still open on a day after it. {@code meetingId}, {@code meetingStartsAt}: the
 * first-concern meeting booked for it, {@code meetingHeld} once its start has passed. {@code
 * decidedAtMeetingId}: the meeting the decision was made at, null when it was made without one
 * ({@code how} says how, when given). {@code assessmentId}: the EHC needs assessment a decision to
 * ask for one started.
 */
public record ConcernView(
    UUID id,
    UUID childId,
    String childName,
    String noticed,
    String examples,
    String tried,
    String childSays,
    LocalDate raisedOn,
    String raisedByName,
    RaisedBy raisedByRole,
    LocalDate answerDueOn,
    ConcernStatus status,
    boolean late,
    UUID meetingId,
    Instant meetingStartsAt,
    boolean meetingHeld,
    ConcernDecision decision,
    String reasons,
    LocalDate reviewOn,
    LocalDate decidedOn,
    String decidedByName,
    UUID decidedAtMeetingId,
    String how,
    UUID assessmentId,
    long version) {

  public boolean open() {
    return status == ConcernStatus.OPEN;
  }

  /** Whether the decision was made at a meeting. */
  public boolean atMeeting() {
    return decidedAtMeetingId != null;
  }
}
