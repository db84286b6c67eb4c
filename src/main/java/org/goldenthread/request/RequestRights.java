package org.goldenthread.request;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Permission;
import org.goldenthread.child.Relationship;

/**
 * Who may do what with a child's requests in writing:
 *
 * <ul>
 *   <li><b>Read</b>: everyone the door lets see the child.
 *   <li><b>Make</b>: a parent with parental responsibility, the young person (16 or over), and
 *       staff on the child's team (a team member, the lead professional, the school's SENCO or
 *       head).
 *   <li><b>Answer</b>: whoever it was sent to. The school's SENCO or head answers a request to the
 *       school; an officer of the child's authority one to the authority. The family never does.
 *   <li><b>Ask for an EHC needs assessment from the authority</b>: only those the law lets make the
 *       request (a parent, the young person, the school); others ask the school to make it.
 * </ul>
 */
final class RequestRights {

  private static final Set<Relationship> TEAM =
      EnumSet.of(
          Relationship.TEAM_MEMBER,
          Relationship.LEAD_PROFESSIONAL,
          Relationship.SENCO,
          Relationship.HEAD);

  private static final Set<Relationship> SCHOOL_ANSWERS =
      EnumSet.of(Relationship.SENCO, Relationship.HEAD);

  private RequestRights() {}

  /** In what capacity the person makes a request, or empty when they may not make one. */
  static Optional<MadeBy> maker(AccessibleChild child) {
    Set<Relationship> held = child.grant().relationships();
    if (held.contains(Relationship.PARENT)) {
      return Optional.of(MadeBy.PARENT);
    }
    if (held.contains(Relationship.CHILD) && child.can(Permission.RECORD_CONSENT)) {
      return Optional.of(MadeBy.YOUNG_PERSON);
    }
    return held.stream().anyMatch(TEAM::contains) ? Optional.of(MadeBy.STAFF) : Optional.empty();
  }

  static boolean mayMake(AccessibleChild child) {
    return maker(child).isPresent();
  }

  /** Whether the person may ask the authority for an EHC needs assessment themself. */
  static boolean mayAskForAssessment(AccessibleChild child) {
    Set<Relationship> held = child.grant().relationships();
    return maker(child).filter(by -> by != MadeBy.STAFF).isPresent()
        || held.stream().anyMatch(SCHOOL_ANSWERS::contains);
  }

  /** Whether the person answers requests sent to this place for the child. */
  static boolean mayAnswer(AccessibleChild child, RequestTo to) {
    if (child.grant().isFamily()) {
      return false;
    }
    Set<Relationship> held = child.grant().relationships();
    return switch (to) {
      case SCHOOL -> held.stream().anyMatch(SCHOOL_ANSWERS::contains);
      case LOCAL_AUTHORITY -> held.contains(Relationship.AUTHORITY_OFFICER);
    };
  }
}
