package org.goldenthread.disagreement;

/**
 * The sections of an EHC plan, A to K: B (special educational needs), F (special educational
 * provision) and I (the school or other placement) can be appealed to the SEND Tribunal.
 */
public enum PlanSection {
  A,
  B,
  C,
  D,
  E,
  F,
  G,
  H,
  I,
  J,
  K;

  /** Whether a disagreement about this section can go to the SEND Tribunal. */
  public boolean toTribunal() {
    return this == B || this == F || this == I;
  }
}
