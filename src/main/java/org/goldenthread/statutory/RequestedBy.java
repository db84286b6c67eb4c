package org.goldenthread.statutory;

/** Who asked the local authority for an EHC needs assessment. */
public enum RequestedBy {
  PARENT,
  YOUNG_PERSON,
  SCHOOL,
  OTHER
}
