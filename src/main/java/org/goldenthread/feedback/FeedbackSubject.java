package org.goldenthread.feedback;

/** What the feedback is about: a meeting, or a review of the plan. */
public enum FeedbackSubject {
  MEETING,
  REVIEW
}
