package org.goldenthread.statutory;

/**
 * A step of an annual review after its meeting is set. The invitations and the report are recorded
 * by hand, or by themselves when the review's meeting is booked (the invitations go out) and closed
 * (its record goes to everyone).
 */
public enum ReviewStepKind {
  /** The invitations to the review meeting went out. */
  INVITATIONS_SENT,
  /** The report of the review went to the authority and everyone invited. */
  REPORT_SENT,
  /** The authority decided to keep, amend or end the plan. */
  DECISION,
  /** The authority sent the proposed amendments to the family. */
  AMENDMENTS_PROPOSED,
  /** The authority issued the final amended plan. */
  FINAL_AMENDED
}
