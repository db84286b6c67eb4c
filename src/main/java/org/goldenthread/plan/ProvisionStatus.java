package org.goldenthread.plan;

/** Whether agreed support is being given. */
public enum ProvisionStatus {
  /** Given as agreed. */
  ACTIVE,
  /** Not given for a while (a member of staff is away, the timetable changed), then back. */
  PAUSED,
  /** No longer given. */
  STOPPED
}
