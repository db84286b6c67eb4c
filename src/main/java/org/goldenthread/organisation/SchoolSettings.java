package org.goldenthread.organisation;

/**
 * How a school counts its time: school days to answer a request in writing, school days to respond
 * to new evidence from a family, and weeks without contact before a family counts as drifted away.
 */
public record SchoolSettings(
    int requestAnswerDays, int evidenceResponseDays, int contactLapseWeeks) {

  /** What a school starts with until it says otherwise. */
  public static final SchoolSettings DEFAULTS = new SchoolSettings(15, 15, 6);
}
