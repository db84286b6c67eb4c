package org.goldenthread.deadline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A deadline, wherever it arises, in the one shape every page and the API use (api.md,
 * "Deadlines").
 *
 * @param kind what it is for
 * @param due the last day by the rule
 * @param nextWorkingDay when {@code due} is a weekend or bank holiday, the first working day after
 *     it (absent otherwise)
 * @param owner who must act
 * @param ownerName the named person who must act, when there is one
 * @param status where it stands today
 * @param metOn the day it was met, when it was
 * @param pausedReason why it is paused, when it is
 * @param subjectId the record it belongs to (the assessment, the review, the action, …)
 * @param childId the child it is about
 * @param exceptions the exceptions recorded against it, oldest first
 * @param calendarCovers false when the bank holidays loaded do not reach the dates it depends on
 * @param page the address of the page the deadline's record is on (not part of the API shape)
 */
public record Deadline(
    DeadlineKind kind,
    LocalDate due,
    @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate nextWorkingDay,
    DeadlineOwner owner,
    String ownerName,
    DeadlineStatus status,
    LocalDate metOn,
    String pausedReason,
    UUID subjectId,
    UUID childId,
    List<AllowedException> exceptions,
    boolean calendarCovers,
    @JsonIgnore String page) {

  public Deadline {
    exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
  }

  /** The day after which it is late: the next working day when there is one. */
  public LocalDate lastDay() {
    return nextWorkingDay != null ? nextWorkingDay : due;
  }

  /** Met, but after its last day. */
  public boolean metLate() {
    return metOn != null && metOn.isAfter(lastDay());
  }
}
