package org.goldenthread.plan;

/** The four broad areas of need of the SEND Code of Practice. */
public enum AreaOfNeed {
  COMMUNICATION_AND_INTERACTION,
  COGNITION_AND_LEARNING,
  /** Social, emotional and mental health. */
  SEMH,
  SENSORY_AND_PHYSICAL
}
