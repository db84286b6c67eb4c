package org.goldenthread.statutory;

import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;

/**
 * A deadline about a child is 5 working days from its last day, or was missed: those waiting on it
 * are told, once.
 *
 * @param lastDay the due date, or the next working day when it is not one
 * @param ownerName the named person who must act, or null
 * @param page the address of the page the deadline's record is on, or null for the child's page
 */
public record DeadlineNoticeDue(
    UUID childId,
    UUID subjectId,
    DeadlineKind kind,
    LocalDate lastDay,
    DeadlineOwner owner,
    String ownerName,
    Notice notice,
    String page) {

  /** Which notice. */
  public enum Notice {
    DUE_SOON,
    MISSED
  }
}
