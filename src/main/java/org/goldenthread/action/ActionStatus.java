package org.goldenthread.action;

/** Where an agreed action stands. Dropping one needs a reason. */
public enum ActionStatus {
  OPEN,
  DONE,
  DROPPED
}
