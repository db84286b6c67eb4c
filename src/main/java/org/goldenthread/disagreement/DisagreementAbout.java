package org.goldenthread.disagreement;

/** What a family disagrees with. */
public enum DisagreementAbout {
  /** The support the child gets at school (SEN support): the school's own route, no Tribunal. */
  SCHOOL_SUPPORT,
  /** The local authority's refusal to carry out an EHC needs assessment. */
  REFUSAL_TO_ASSESS,
  /** The local authority's refusal to issue an EHC plan after assessing. */
  REFUSAL_TO_ISSUE,
  /** What an EHC plan says, section by section (sections B, F and I can go to the Tribunal). */
  PLAN_CONTENTS,
  /** The local authority's decision to cease (end) the EHC plan. */
  CEASE,
  /** Only the school or college named in the plan (no mediation advice needed to appeal). */
  NAMED_SCHOOL_ONLY;

  /**
   * A decision of the local authority, with a decision letter, rather than the school's support.
   */
  public boolean authorityDecision() {
    return this != SCHOOL_SUPPORT;
  }

  /** Whether the family must talk to a mediation adviser before it may appeal. */
  public boolean needsMediationAdvice() {
    return authorityDecision() && this != NAMED_SCHOOL_ONLY;
  }
}
