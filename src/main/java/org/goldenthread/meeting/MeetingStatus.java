package org.goldenthread.meeting;

/**
 * Where a meeting stands. {@code DRAFT}, {@code BOOKED}, {@code CLOSED} and {@code CANCELLED} are
 * stored; {@code HELD} is derived: a booked meeting whose start time has passed has been held (it
 * stays held until it is closed). A meeting can only be minuted and closed once its start time has
 * come ({@link MeetingNotStarted}): one brought forward is changed to its new time first.
 */
public enum MeetingStatus {
  /** Not yet sent to anyone: a follow-up waiting for its time to be confirmed. */
  DRAFT,
  /** Invitations sent. */
  BOOKED,
  /** Its time has passed; minutes and actions can be recorded and it can be closed. */
  HELD,
  /** Closed with a follow-up date or a reason for none. */
  CLOSED,
  /** Called off; the invitees were told. */
  CANCELLED;

  /** Whether the meeting has happened (held or closed). */
  public boolean happened() {
    return this == HELD || this == CLOSED;
  }
}
