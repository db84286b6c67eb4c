package org.goldenthread.deadline;

/**
 * What a deadline is for (api.md, "Deadlines"). Most follow from the date of an event alone, by a
 * rule in {@link DueDateRules}; the others take the date agreed or asked for in their own record.
 */
public enum DeadlineKind {
  /** The authority decides whether to assess: 6 weeks from the request. */
  DECISION_TO_ASSESS(DeadlineOwner.LOCAL_AUTHORITY, true),
  /** A professional's advice: 6 weeks from being asked. */
  ADVICE(DeadlineOwner.TEAM_MEMBER, true),
  /** Notice of a decision not to issue a plan: 16 weeks from the request. */
  DECISION_NOT_TO_ISSUE(DeadlineOwner.LOCAL_AUTHORITY, true),
  /** The family's time to comment on a draft plan: at least 15 days from its issue. */
  DRAFT_COMMENTS(DeadlineOwner.FAMILY, true),
  /** The final plan: 20 weeks from the request. */
  FINAL_PLAN(DeadlineOwner.LOCAL_AUTHORITY, true),
  /** The next annual review: 12 months from the plan or the last review (6 under age 5). */
  ANNUAL_REVIEW(DeadlineOwner.LOCAL_AUTHORITY, true),
  /** Invitations to a review meeting: 2 weeks before it. */
  REVIEW_INVITATIONS(DeadlineOwner.SCHOOL, true),
  /** The review report: 2 weeks after the meeting. */
  REVIEW_REPORT(DeadlineOwner.SCHOOL, true),
  /** The authority's decision after a review: 4 weeks after the meeting. */
  REVIEW_DECISION(DeadlineOwner.LOCAL_AUTHORITY, true),
  /** The final amended plan: 8 weeks after the proposed amendments were sent. */
  AMENDMENT_FINAL(DeadlineOwner.LOCAL_AUTHORITY, true),
  /** The plan amended before a phase transfer: 15 February (31 March for post-16). */
  PHASE_TRANSFER(DeadlineOwner.LOCAL_AUTHORITY, true),
  /** Contact with a mediation adviser: 2 months from the decision letter (before any appeal). */
  MEDIATION_ADVICE(DeadlineOwner.FAMILY, true),
  /** The mediation certificate: 3 working days after the family says no, or mediation ends. */
  MEDIATION_CERTIFICATE(DeadlineOwner.MEDIATION_ADVISER, true),
  /** Mediation held: 30 days after the authority is told the family wants it. */
  MEDIATION_MEETING(DeadlineOwner.LOCAL_AUTHORITY, true),
  /** An appeal to the tribunal: 2 months from the decision, or 1 from the certificate. */
  APPEAL(DeadlineOwner.FAMILY, true),
  /** The school's answer to new evidence, by the date it set. */
  EVIDENCE_RESPONSE(DeadlineOwner.SCHOOL, false),
  /** The answer to a request made in writing, by the date given. */
  REQUEST_ANSWER(DeadlineOwner.SCHOOL, false),
  /** The school's answer to an early concern: 15 school days from the concern. */
  CONCERN_ANSWER(DeadlineOwner.SCHOOL, false),
  /** An agreed action, by the date agreed. */
  ACTION(DeadlineOwner.TEAM_MEMBER, false),
  /** The next of the three meetings a year with the family. */
  MEETING_CADENCE(DeadlineOwner.SCHOOL, false);

  private final DeadlineOwner usualOwner;
  private final boolean followsFromDates;

  DeadlineKind(DeadlineOwner usualOwner, boolean followsFromDates) {
    this.usualOwner = usualOwner;
    this.followsFromDates = followsFromDates;
  }

  /** Who owes a deadline of this kind, unless its record names someone. */
  public DeadlineOwner usualOwner() {
    return usualOwner;
  }

  /** Whether the due date follows from the date of an event alone (the calculator's kinds). */
  public boolean followsFromDates() {
    return followsFromDates;
  }
}
