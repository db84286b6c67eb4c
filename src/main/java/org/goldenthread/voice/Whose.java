package org.goldenthread.voice;

/** Whose view it is: the child's or young person's own, or the family's. */
public enum Whose {
  CHILD,
  FAMILY
}
