package org.goldenthread.plan;

/** Whether a provision's yearly cost is worked out, and if not, what it waits for. */
public enum CostStatus {
  /** Worked out at the school's rate for the role. */
  COSTED,
  /** Nobody has said who delivers it yet: say so, and the cost is worked out. */
  WHO_DELIVERS_NOT_SAID,
  /** The school has no rate for the role. */
  NO_RATE
}
