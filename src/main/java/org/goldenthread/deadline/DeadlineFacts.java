package org.goldenthread.deadline;

import java.time.LocalDate;

/**
 * The dates a rule counts from.
 *
 * @param on the event the rule counts from: the request, the request for advice, the draft issued,
 *     the final plan or last review (annual review), the review meeting, the proposed amendments,
 *     the move to a new phase (phase transfer), the decision letter (appeal), or the day the family
 *     said no to mediation or mediation ended (certificate)
 * @param certificateOn for an appeal, the mediation certificate's date, when there is one
 * @param dateOfBirth the child's, for an annual review (under 5) and a phase transfer (post-16)
 */
public record DeadlineFacts(LocalDate on, LocalDate certificateOn, LocalDate dateOfBirth) {

  public static DeadlineFacts on(LocalDate on) {
    return new DeadlineFacts(on, null, null);
  }
}
