package org.goldenthread.concern;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Permission;
import org.goldenthread.child.Relationship;

/**
 * Who may do what with a child's concerns:
 *
 * <ul>
 *   <li><b>Read</b>: everyone the door lets see the child (the family, the school's staff, the
 *       child's team, the officers of the child's authority).
 *   <li><b>Raise</b>: a parent with parental responsibility, the young person (16 or over), and the
 *       school's staff (the SENCO, the head, a teacher) or someone on the child's team.
 *   <li><b>Decide</b>: the school's staff (the SENCO, the head, a teacher of the school); an
 *       officer of the child's authority only to ask for an EHC needs assessment; and only the
 *       SENCO, the head and the officer may ask for one (a teacher asks the SENCO). Never the
 *       family.
 * </ul>
 */
final class ConcernRights {

  private static final Set<Relationship> STAFF =
      EnumSet.of(
          Relationship.SENCO,
          Relationship.HEAD,
          Relationship.TEACHER,
          Relationship.TEAM_MEMBER,
          Relationship.LEAD_PROFESSIONAL);

  private static final Set<Relationship> SCHOOL_DECIDES =
      EnumSet.of(Relationship.SENCO, Relationship.HEAD, Relationship.TEACHER);

  private static final Set<Relationship> MAY_ASK_FOR_ASSESSMENT =
      EnumSet.of(Relationship.SENCO, Relationship.HEAD, Relationship.AUTHORITY_OFFICER);

  private ConcernRights() {}

  /** In what capacity the person raises a concern, or empty when they may not raise one. */
  static Optional<RaisedBy> raiser(AccessibleChild child) {
    Set<Relationship> held = child.grant().relationships();
    if (held.contains(Relationship.PARENT)) {
      return Optional.of(RaisedBy.PARENT);
    }
    if (held.contains(Relationship.CHILD) && child.can(Permission.RECORD_CONSENT)) {
      return Optional.of(RaisedBy.YOUNG_PERSON);
    }
    return held.stream().anyMatch(STAFF::contains) ? Optional.of(RaisedBy.STAFF) : Optional.empty();
  }

  /** Whether the person records decisions about the child's concerns at all. */
  static boolean mayDecide(AccessibleChild child) {
    if (child.grant().isFamily()) {
      return false;
    }
    Set<Relationship> held = child.grant().relationships();
    return held.stream().anyMatch(SCHOOL_DECIDES::contains)
        || held.contains(Relationship.AUTHORITY_OFFICER);
  }

  /** The decisions this person may record. */
  static Set<ConcernDecision> decisions(AccessibleChild child) {
    Set<ConcernDecision> allowed = EnumSet.noneOf(ConcernDecision.class);
    if (!mayDecide(child)) {
      return allowed;
    }
    Set<Relationship> held = child.grant().relationships();
    if (held.stream().anyMatch(SCHOOL_DECIDES::contains)) {
      allowed.add(ConcernDecision.MONITOR);
      allowed.add(ConcernDecision.SEN_SUPPORT);
    }
    if (held.stream().anyMatch(MAY_ASK_FOR_ASSESSMENT::contains)) {
      allowed.add(ConcernDecision.REQUEST_EHC_ASSESSMENT);
    }
    return allowed;
  }
}
