package org.goldenthread.family;

/** How a family member wants to be contacted. */
public enum ContactChannel {
  EMAIL,
  PHONE,
  TEXT_MESSAGE,
  LETTER,
  IN_PERSON
}
