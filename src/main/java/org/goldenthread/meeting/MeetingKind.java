package org.goldenthread.meeting;

/** The kinds of meeting held about a child. */
public enum MeetingKind {
  /** A termly review of SEN support with the parents (assess, plan, do, review). */
  SEN_SUPPORT_REVIEW,
  /** The yearly review of an EHC plan. */
  ANNUAL_REVIEW,
  /** A meeting of the Team Around the Child. */
  TEAM_MEETING,
  /** The first meeting after a concern was raised. */
  FIRST_CONCERN,
  /** A meeting about a move to a new school or phase. */
  TRANSITION
}
