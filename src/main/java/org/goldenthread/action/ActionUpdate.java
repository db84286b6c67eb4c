package org.goldenthread.action;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A change to an action; a field left null stays as it is. Dropping an action needs a {@code
 * reason}. The owner may change only the status; those who run the meeting may change everything.
 */
public record ActionUpdate(
    String description, UUID ownerId, LocalDate dueOn, ActionStatus status, String reason) {

  /** Only a new status (and the reason, when dropped). */
  public static ActionUpdate status(ActionStatus status, String reason) {
    return new ActionUpdate(null, null, null, status, reason);
  }
}
