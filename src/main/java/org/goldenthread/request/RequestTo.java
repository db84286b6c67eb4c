package org.goldenthread.request;

import org.goldenthread.deadline.DeadlineOwner;

/** Whom a request in writing is sent to, and so who answers it. */
public enum RequestTo {
  /** The child's school: its SENCO or head teacher answers. */
  SCHOOL(DeadlineOwner.SCHOOL),
  /** The child's local authority: one of its SEND officers answers. */
  LOCAL_AUTHORITY(DeadlineOwner.LOCAL_AUTHORITY);

  private final DeadlineOwner owner;

  RequestTo(DeadlineOwner owner) {
    this.owner = owner;
  }

  /** Who owes the answer, as the deadlines name it. */
  public DeadlineOwner owner() {
    return owner;
  }
}
