/**
 * Families' feedback (issue 18, part 5): after each meeting that has happened and each review
 * recorded, every parent or carer on the child's record, and the young person from 16, may answer
 * two questions, "Did you feel heard?" and "Do you know what happens next?" (yes, partly or no),
 * with an optional comment: one answer per person per meeting or review, which they may change
 * until the end of the term after the one it was held in ({@link
 * org.goldenthread.feedback.FeedbackTerm}). The family is asked in their inbox when a meeting is
 * closed or a review recorded ({@link org.goldenthread.feedback.FeedbackInvited}, which {@code
 * inbox} hears). Staff never see who answered what: the authority's officers see the answers
 * counted by school and term for the schools of their authority, as a chart, a table and a CSV, and
 * a school's SENCO the same for the school with the comments; a group of fewer than five families
 * shows no figures and no comments. Level 3, above {@code meeting} and {@code review}, whose events
 * it hears and whose records it answers about: it uses child, family, identity, organisation, web,
 * meeting and review.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "child",
      "family",
      "identity",
      "organisation",
      "web",
      "meeting",
      "review"
    })
package org.goldenthread.feedback;
