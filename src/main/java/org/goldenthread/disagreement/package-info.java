/**
 * Disagreements (issue 16, parts 2 to 4): what a family disagrees with (support at school, or a
 * decision of the local authority: a refusal to assess or to issue a plan, the contents of a plan
 * by section, a decision to cease it, the school named in it), the date of the decision letter, and
 * the stages it goes through (talking to the school, its complaint procedure, the authority's
 * disagreement resolution service, mediation advice, mediation, the SEND Tribunal), each with its
 * dates, what was asked, what was answered and the outcome. The deadlines (mediation advice, the
 * certificate, mediation, the appeal) come from the deadline rules ({@link
 * org.goldenthread.disagreement.DisagreementRules}) and show in {@code /deadlines} ({@link
 * org.goldenthread.disagreement.DisagreementDeadlines}); the page always shows the next option open
 * to the family with its deadline and the rule behind it, what can be appealed, where to get
 * independent advice, and the guidance on tricky conversations. Only the family, the school's
 * SENCO, the lead professional and the authority's officers see a disagreement, and a complaint
 * about a named member of staff is never shown to that person ({@link
 * org.goldenthread.disagreement.DisagreementRights}). Changes are recorded in the child's history
 * ({@code child.ChildRecordChanged}) and announced as {@link
 * org.goldenthread.disagreement.DisagreementRecorded} and {@link
 * org.goldenthread.disagreement.DisagreementStageRecorded}. Level 3: it uses child, identity,
 * organisation, web and deadline.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "identity", "organisation", "web", "deadline"})
package org.goldenthread.disagreement;
