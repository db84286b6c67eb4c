package org.goldenthread.disagreement;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.AccessGrant;
import org.goldenthread.child.Permission;
import org.goldenthread.child.Relationship;

/**
 * Who may see and record a child's disagreements:
 *
 * <ul>
 *   <li><b>See</b>: the family (parents and carers on the record, the child), the school's SENCO,
 *       the lead professional and the officers of the child's authority. Everyone else the door
 *       lets see the child (a teacher, the head, the office, other team members) gets 404, as a
 *       stranger does. A complaint about a named member of staff is not shown to that person (404),
 *       whatever else they are.
 *   <li><b>Record a disagreement</b>: a parent with parental responsibility, or the young person
 *       (16 or over): it is the family's record.
 *   <li><b>Add a stage</b>: those, and the SENCO or an officer (the school's or the authority's
 *       answer, an outcome). The lead professional reads only.
 * </ul>
 */
final class DisagreementRights {

  private static final Set<Relationship> SEE =
      EnumSet.of(
          Relationship.PARENT,
          Relationship.FAMILY,
          Relationship.CHILD,
          Relationship.SENCO,
          Relationship.LEAD_PROFESSIONAL,
          Relationship.AUTHORITY_OFFICER);

  private static final Set<Relationship> ANSWER =
      EnumSet.of(Relationship.SENCO, Relationship.AUTHORITY_OFFICER);

  private DisagreementRights() {}

  /** Whether the person may see the child's disagreements (those not about them). */
  static boolean maySeeAny(AccessGrant grant) {
    return grant.relationships().stream().anyMatch(SEE::contains);
  }

  /** Whether the person may see this disagreement. */
  static boolean maySee(AccessGrant grant, UUID userId, UUID aboutStaffId) {
    return maySeeAny(grant) && !userId.equals(aboutStaffId);
  }

  /** Whether the person records disagreements for the family. */
  static boolean mayRecord(AccessGrant grant) {
    Set<Relationship> held = grant.relationships();
    return held.contains(Relationship.PARENT)
        || (held.contains(Relationship.CHILD) && grant.can(Permission.RECORD_CONSENT));
  }

  /** Whether the person may add a stage to a disagreement they see. */
  static boolean mayAddStage(AccessGrant grant) {
    return mayRecord(grant) || grant.relationships().stream().anyMatch(ANSWER::contains);
  }
}
