package org.goldenthread.request;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A request in writing as pages and the API show it (issue 15's shape, with who made and answered
 * it). {@code late}: answered after {@code dueOn}, or still open on a day after it. {@code
 * daysTaken}: calendar days from {@code madeOn} to {@code answeredOn} (0 the same day), null while
 * open. {@code assessmentId}: the EHC needs assessment a request to the authority started.
 */
public record RequestView(
    UUID id,
    UUID childId,
    String childName,
    RequestKind kind,
    RequestTo to,
    String text,
    LocalDate madeOn,
    LocalDate dueOn,
    RequestStatus status,
    boolean late,
    String answer,
    RequestDecision decision,
    LocalDate answeredOn,
    Long daysTaken,
    String madeByName,
    MadeBy madeByRole,
    String answeredByName,
    UUID assessmentId,
    long version) {

  public boolean open() {
    return status == RequestStatus.OPEN;
  }

  /** Days between the due date and the answer (or today, while open): 0 when not late. */
  public long daysLate(LocalDate today) {
    LocalDate until = open() ? today : answeredOn;
    return Math.max(0, ChronoUnit.DAYS.between(dueOn, until));
  }

  /** Days since the request was made, while it is open. */
  public long daysWaiting(LocalDate today) {
    return Math.max(0, ChronoUnit.DAYS.between(madeOn, today));
  }

  /** Days left until the due date while open and not late (0 on the day itself). */
  public long daysLeft(LocalDate today) {
    return Math.max(0, ChronoUnit.DAYS.between(today, dueOn));
  }
}
