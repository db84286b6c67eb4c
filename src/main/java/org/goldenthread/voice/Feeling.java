package org.goldenthread.voice;

/** A feeling a child can pick on their own page instead of typing. */
public enum Feeling {
  HAPPY,
  OK,
  WORRIED,
  SAD,
  ANGRY
}
