package org.goldenthread.family;

/** How a family member wants written information. */
public enum PreferredFormat {
  STANDARD,
  LARGE_PRINT,
  EASY_READ,
  AUDIO,
  INTERPRETER
}
