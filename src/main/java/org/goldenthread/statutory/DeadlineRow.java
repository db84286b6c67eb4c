package org.goldenthread.statutory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.goldenthread.deadline.AllowedException;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.DeadlineStatus;

/**
 * A deadline as a page lists it: what, whose, by when in words, where it stands, and the page of
 * the record it belongs to.
 *
 * @param href the page of the record it belongs to
 * @param dueInWords the due date as people read it
 * @param nextWorkingDayInWords the next working day, when the due date is not one; else null
 * @param metOnInWords the day it was met, or null
 * @param late met after its last day, or missed
 */
public record DeadlineRow(
    DeadlineKind kind,
    DeadlineOwner owner,
    String ownerName,
    DeadlineStatus status,
    UUID childId,
    String childName,
    String href,
    String dueInWords,
    String nextWorkingDayInWords,
    String metOnInWords,
    boolean late,
    boolean calendarCovers,
    List<AllowedException> exceptions) {

  static DeadlineRow of(
      Deadline deadline, String childName, String href, Function<LocalDate, String> inWords) {
    return new DeadlineRow(
        deadline.kind(),
        deadline.owner(),
        deadline.ownerName(),
        deadline.status(),
        deadline.childId(),
        childName,
        href,
        inWords.apply(deadline.due()),
        deadline.nextWorkingDay() == null ? null : inWords.apply(deadline.nextWorkingDay()),
        deadline.metOn() == null ? null : inWords.apply(deadline.metOn()),
        late(deadline),
        deadline.calendarCovers(),
        deadline.exceptions());
  }

  /** Still to do: due, or missed with nothing recorded. */
  public boolean open() {
    return open(status);
  }

  /**
   * Still open in a list across children: due, or missed by whoever owed it. A family's own date
   * that passed (an appeal they chose not to make) is no breach, and drops out of such lists.
   */
  public boolean shownAsOpen() {
    return shownAsOpen(status, owner);
  }

  /** A date the family had, now passed. */
  public boolean passedForFamily() {
    return passedForFamily(status, owner);
  }

  /** {@link #shownAsOpen()} of a deadline not made into a row yet (lists keep some, then show). */
  static boolean shownAsOpen(Deadline deadline) {
    return shownAsOpen(deadline.status(), deadline.owner());
  }

  /** Met after its last day, or missed: as {@code late} of its row. */
  static boolean late(Deadline deadline) {
    return deadline.status() == DeadlineStatus.MISSED || deadline.metLate();
  }

  private static boolean open(DeadlineStatus status) {
    return status == DeadlineStatus.PENDING || status == DeadlineStatus.MISSED;
  }

  private static boolean shownAsOpen(DeadlineStatus status, DeadlineOwner owner) {
    return open(status) && !passedForFamily(status, owner);
  }

  private static boolean passedForFamily(DeadlineStatus status, DeadlineOwner owner) {
    return status == DeadlineStatus.MISSED && owner == DeadlineOwner.FAMILY;
  }

  /** The status tag's text key: a family's own date that passed is "passed", not "missed". */
  public String tagKey() {
    if (passedForFamily()) {
      return "statutory.deadline.tag.PASSED";
    }
    if (status == DeadlineStatus.MET && late) {
      return "statutory.deadline.tag.MET_LATE";
    }
    return "statutory.deadline.tag." + status;
  }

  /** The GOV.UK tag colour for the status. */
  public String tagClass() {
    return switch (status) {
      case MISSED -> passedForFamily() ? "govuk-tag--grey" : "govuk-tag--red";
      case MET -> late ? "govuk-tag--orange" : "govuk-tag--green";
      case PAUSED -> "govuk-tag--grey";
      case PENDING -> "govuk-tag--blue";
    };
  }
}
