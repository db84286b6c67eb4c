package org.goldenthread.statutory;

import java.util.EnumSet;
import java.util.Set;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Relationship;

/**
 * Who may do what with a child's annual reviews:
 *
 * <ul>
 *   <li><b>Read</b>: everyone the door lets see the child.
 *   <li><b>Record a review</b> (its meeting): the school's SENCO or head, who hold the meeting.
 *   <li><b>Record a step</b> (invitations, report, decision, amendments, the amended plan): the
 *       SENCO or head, and an officer of the child's authority, who takes the decisions.
 * </ul>
 */
final class ReviewRights {

  private static final Set<Relationship> HOLD = EnumSet.of(Relationship.SENCO, Relationship.HEAD);

  private ReviewRights() {}

  static boolean mayRecordReview(AccessibleChild child) {
    return child.grant().relationships().stream().anyMatch(HOLD::contains);
  }

  static boolean mayRecordSteps(AccessibleChild child) {
    return AssessmentRights.mayRecordMilestones(child);
  }
}
