package org.goldenthread.voice;

/**
 * What a view is about: an item of the child's plan or one of the child's meetings (both named by
 * {@code aboutId}), school life, or something else.
 */
public enum AboutKind {
  PLAN_ITEM,
  MEETING,
  SCHOOL_LIFE,
  OTHER;

  /** Whether a view about this names the thing with an id. */
  public boolean named() {
    return this == PLAN_ITEM || this == MEETING;
  }
}
