package org.goldenthread.plan;

/** Where a strategy is used, so that home and school use the same ones. */
public enum UsedAt {
  HOME,
  SCHOOL,
  BOTH
}
