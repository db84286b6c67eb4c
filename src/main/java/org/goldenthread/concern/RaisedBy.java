package org.goldenthread.concern;

/** In what capacity someone raised a concern: a parent, the young person, or school staff. */
public enum RaisedBy {
  PARENT,
  YOUNG_PERSON,
  STAFF
}
