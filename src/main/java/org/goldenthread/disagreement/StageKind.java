package org.goldenthread.disagreement;

/** The stages a disagreement may go through, roughly in the order families meet them. */
public enum StageKind {
  TALK_TO_SCHOOL,
  SCHOOL_COMPLAINT,
  DISAGREEMENT_RESOLUTION,
  MEDIATION_ADVICE,
  MEDIATION,
  TRIBUNAL;

  /**
   * Whether a mediation certificate may be recorded on it: after mediation advice (the family
   * decided not to mediate), or after mediation.
   */
  public boolean takesCertificate() {
    return this == MEDIATION_ADVICE || this == MEDIATION;
  }
}
