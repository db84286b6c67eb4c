package org.goldenthread.deadline;

import java.time.LocalDate;

/**
 * An exception the regulations allow to a deadline, recorded with its reason and who recorded it.
 * It does not move the due date: it is shown beside it, so that everyone sees why a date may pass.
 *
 * @param reason which exception
 * @param note what happened, in the words of the person recording it
 * @param recordedBy their name
 * @param recordedOn the day it was recorded
 */
public record AllowedException(
    Reason reason, String note, String recordedBy, LocalDate recordedOn) {

  /** The exceptions the regulations allow. */
  public enum Reason {
    /** The school or other institution is closed for four weeks or more. */
    SCHOOL_CLOSED,
    /** The child's parent or the young person is away for four weeks or more. */
    FAMILY_AWAY,
    /** Exceptional personal circumstances of the child, the parent or the young person. */
    EXCEPTIONAL_CIRCUMSTANCES
  }
}
