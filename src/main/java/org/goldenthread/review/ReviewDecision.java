package org.goldenthread.review;

/** What a graduated-approach review decided about the child's SEN support. */
public enum ReviewDecision {
  /** Keep going with the plan as it is. */
  CONTINUE,
  /** Change the plan: its outcomes, provision or strategies. */
  ADJUST,
  /** Ask the local authority for an EHC needs assessment. */
  REQUEST_EHC_NEEDS_ASSESSMENT,
  /** The child no longer needs SEN support. */
  END_SEN_SUPPORT
}
