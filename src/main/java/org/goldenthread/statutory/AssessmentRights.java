package org.goldenthread.statutory;

import java.util.EnumSet;
import java.util.Set;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Permission;
import org.goldenthread.child.Relationship;

/**
 * Who may do what with a child's EHC needs assessments:
 *
 * <ul>
 *   <li><b>Read</b>: everyone the door lets see the child. The family sees every date, and so does
 *       everyone working with them.
 *   <li><b>Record a request</b>: a parent (with parental responsibility), the young person (16 or
 *       over), the school's SENCO or head, and an officer of the child's authority: any of them may
 *       have made it.
 *   <li><b>Record a milestone</b> (a decision, advice, a draft, the final plan, an exception): an
 *       officer of the child's authority, who takes the steps, and the school's SENCO or head, who
 *       hear of them and keep the record where the authority does not.
 * </ul>
 */
final class AssessmentRights {

  private static final Set<Relationship> STATUTORY_STAFF =
      EnumSet.of(Relationship.SENCO, Relationship.HEAD, Relationship.AUTHORITY_OFFICER);

  private AssessmentRights() {}

  static boolean mayRequest(AccessibleChild child) {
    Set<Relationship> relationships = child.grant().relationships();
    boolean youngPerson =
        relationships.contains(Relationship.CHILD) && child.can(Permission.RECORD_CONSENT);
    return youngPerson
        || relationships.contains(Relationship.PARENT)
        || relationships.stream().anyMatch(STATUTORY_STAFF::contains);
  }

  static boolean mayRecordMilestones(AccessibleChild child) {
    return child.grant().relationships().stream().anyMatch(STATUTORY_STAFF::contains);
  }
}
