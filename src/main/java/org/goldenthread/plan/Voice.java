package org.goldenthread.plan;

/** Whose words an aspiration is in. */
public enum Voice {
  /** The child's or young person's own words. */
  CHILD,
  /** A parent's or carer's words. */
  PARENT,
  /** Words the child and family found together (with or without the team). */
  SHARED
}
