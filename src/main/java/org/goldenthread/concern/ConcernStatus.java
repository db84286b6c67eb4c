package org.goldenthread.concern;

/** Where a concern stands: waiting for a decision, or decided. */
public enum ConcernStatus {
  OPEN,
  DECIDED
}
