package org.goldenthread.plan;

/** How far an outcome has come, as a review finds it. */
public enum OutcomeStatus {
  NOT_STARTED,
  IN_PROGRESS,
  ACHIEVED,
  PARTLY_ACHIEVED,
  NOT_ACHIEVED
}
