package org.goldenthread.feedback;

/** An answer to one of the two questions. */
public enum FeedbackAnswer {
  YES,
  PARTLY,
  NO
}
