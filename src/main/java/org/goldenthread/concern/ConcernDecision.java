package org.goldenthread.concern;

/** What the school decided about a concern. */
public enum ConcernDecision {
  /** Keep an eye on it, and look again by a review date. */
  MONITOR,
  /** Start SEN support: the child joins the SEN register (K) and a plan starts. */
  SEN_SUPPORT,
  /** Ask the local authority for an EHC needs assessment: the statutory clock starts. */
  REQUEST_EHC_ASSESSMENT
}
