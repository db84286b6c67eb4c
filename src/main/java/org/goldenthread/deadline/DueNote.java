package org.goldenthread.deadline;

/** Something that shaped a due date, for the plain-words explanation beside it. */
public enum DueNote {
  /** An annual review for a child under 5: 6 months instead of 12. */
  UNDER_FIVE,
  /** A phase transfer to post-16: 31 March instead of 15 February. */
  POST_SIXTEEN,
  /** An appeal counted from the mediation certificate, as that gave the later date. */
  FROM_CERTIFICATE,
  /** An appeal date between 25 December and 1 January, moved after New Year. */
  CHRISTMAS,
  /** An appeal date in August, moved to the first working day of September. */
  AUGUST,
  /** The due date is a weekend or a bank holiday: see the next working day. */
  NOT_A_WORKING_DAY,
  /** The bank holidays loaded do not reach this date, so it may be one. */
  CALENDAR_NOT_COVERED
}
