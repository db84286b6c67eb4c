package org.goldenthread.child;

/** Where a team member's consent stands. */
public enum ConsentStatus {
  NOT_NEEDED,
  PENDING,
  GIVEN,
  WITHDRAWN
}
