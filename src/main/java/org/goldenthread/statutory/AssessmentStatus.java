package org.goldenthread.statutory;

import java.util.EnumSet;
import java.util.Set;

/** Where an EHC needs assessment stands, after its latest milestone. */
public enum AssessmentStatus {
  /** Asked for; the authority has not yet decided whether to assess. */
  REQUESTED,
  /** The authority decided to assess and is gathering advice. */
  ASSESSING,
  /** The authority decided not to assess (the family may appeal). */
  NOT_ASSESSING,
  /** A draft plan was issued for the family's comments. */
  DRAFT_ISSUED,
  /** The authority decided not to issue a plan after assessing (the family may appeal). */
  NOT_ISSUING,
  /** The final EHC plan was issued. */
  FINAL_ISSUED;

  static final Set<AssessmentStatus> UNDER_WAY = EnumSet.of(REQUESTED, ASSESSING, DRAFT_ISSUED);

  public boolean underWay() {
    return UNDER_WAY.contains(this);
  }
}
