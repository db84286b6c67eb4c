package org.goldenthread.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Staff changed, paused, stopped or restarted a piece of a child's agreed support; the family is
 * told at once.
 *
 * @param reason why, in the words of whoever changed it; null when they gave none
 * @param from when a pause, a stop or a restart takes effect; null for a change of the support
 * @param until when a pause is expected to end; null when not known
 */
public record ProvisionChanged(
    UUID childId,
    UUID itemId,
    String description,
    Kind kind,
    String reason,
    LocalDate from,
    LocalDate until,
    UUID actorId,
    String actorName) {

  /** What happened to the support. */
  public enum Kind {
    CHANGED,
    PAUSED,
    STOPPED,
    RESTARTED
  }
}
