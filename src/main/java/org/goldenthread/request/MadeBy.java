package org.goldenthread.request;

/** In what capacity someone made a request: a parent, the young person, or staff on the team. */
public enum MadeBy {
  PARENT,
  YOUNG_PERSON,
  STAFF
}
