package org.goldenthread.organisation;

/** The phase of education a school provides, as the DfE's register of schools names them. */
public enum SchoolPhase {
  NURSERY,
  PRIMARY,
  MIDDLE,
  SECONDARY,
  ALL_THROUGH,
  SPECIAL,
  ALTERNATIVE_PROVISION,
  POST_16
}
