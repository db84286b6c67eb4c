package org.goldenthread.deadline;

/** Who owes a deadline: who must act by the date. */
public enum DeadlineOwner {
  /** The local authority's SEND team. */
  LOCAL_AUTHORITY,
  /** The child's school (its head teacher or SENCO). */
  SCHOOL,
  /** The parents, or the young person. */
  FAMILY,
  /** A named person on the child's team (the deadline names them). */
  TEAM_MEMBER,
  /** The mediation adviser. */
  MEDIATION_ADVISER
}
