package org.goldenthread.meeting;

/** What a piece of preparation for a meeting is. */
public enum ContributionKind {
  /** The parent's key points: what they most want the meeting to talk about. */
  PARENT_KEY_POINTS,
  /** A question someone wants answered at the meeting. */
  QUESTION,
  /** What works well at home. */
  WORKS_AT_HOME,
  /** Something the child has said, passed on by a parent or another adult. */
  CHILD_SAID,
  /**
   * The child's own views, in their own words or as an adult recorded them; says how they were
   * gathered ({@code howGathered}).
   */
  CHILD_VIEWS,
  /** A professional's update: what they have seen, done or advise. */
  PROFESSIONAL_UPDATE,
  /** Anything else someone wants the meeting to know. */
  OTHER
}
