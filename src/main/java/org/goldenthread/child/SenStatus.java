package org.goldenthread.child;

/** SEN provision as the school census records it. */
public enum SenStatus {
  /** No special educational need. */
  N,
  /** SEN support. */
  K,
  /** An education, health and care plan. */
  E
}
