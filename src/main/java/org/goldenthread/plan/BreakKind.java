package org.goldenthread.plan;

/** A break in the thread: a place where the plan does not yet hold together. */
public enum BreakKind {
  /** A need that no outcome addresses. */
  NEED_WITHOUT_OUTCOME,
  /** An outcome that no provision serves. */
  OUTCOME_WITHOUT_PROVISION,
  /** An outcome with no date by which it should be reached. */
  OUTCOME_WITHOUT_TARGET_DATE,
  /** Provision that serves no outcome. */
  PROVISION_WITHOUT_OUTCOME,
  /** An aspiration that no need is linked to, so nothing in the plan works towards it. */
  ASPIRATION_UNADDRESSED,
  /** An outcome that existed at the last review but has no progress entry in it. */
  OUTCOME_NOT_REVIEWED
}
