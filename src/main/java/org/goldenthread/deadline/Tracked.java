package org.goldenthread.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the module that owns a deadline keeps about it, besides its due date: whose it is, and what
 * has happened to it. {@link DeadlineCalendar#deadline} makes the {@link Deadline} from it.
 *
 * @param subjectId the record the deadline belongs to
 * @param childId the child it is about
 * @param owner who must act
 * @param ownerName the named person who must act, or null
 * @param metOn the day it was met, or null
 * @param pausedReason why it is paused, or null
 * @param exceptions the exceptions recorded against it
 * @param page the address of the page the record is on, for the lists that link to it
 */
public record Tracked(
    UUID subjectId,
    UUID childId,
    DeadlineOwner owner,
    String ownerName,
    LocalDate metOn,
    String pausedReason,
    List<AllowedException> exceptions,
    String page) {

  /** A deadline owed by the kind's usual owner, with nothing recorded yet. */
  public static Tracked open(DeadlineKind kind, UUID subjectId, UUID childId) {
    return new Tracked(subjectId, childId, kind.usualOwner(), null, null, null, List.of(), null);
  }
}
