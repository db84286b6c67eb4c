package org.goldenthread.worker;

/** What the lead professional asks the team for. */
public enum SupportKind {
  QUESTION,
  /** A visit to the family made together, on a suggested day. */
  JOINT_VISIT,
  SUPERVISION
}
