package org.goldenthread.organisation;

/**
 * What a school has set for itself: how it counts its time (school days to answer a request in
 * writing, school days to respond to new evidence from a family, and weeks without contact before a
 * family counts as drifted away), and from what age its pupils may be invited to an account of
 * their own ({@link ChildAccountAges}).
 */
public record SchoolSettings(
    int requestAnswerDays,
    int evidenceResponseDays,
    int contactLapseWeeks,
    int childAccountMinAge) {

  /** What a school starts with until it says otherwise. */
  public static final SchoolSettings DEFAULTS =
      new SchoolSettings(15, 15, 6, ChildAccountAges.DEFAULT_MINIMUM_AGE);
}
