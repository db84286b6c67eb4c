package org.goldenthread.voice;

import java.util.EnumSet;
import java.util.Set;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Relationship;

/**
 * Who may do what with a child's views:
 *
 * <ul>
 *   <li><b>Read</b>: everyone the door lets see the child.
 *   <li><b>Record</b>: the family (a parent or carer records the family's view, or the child's for
 *       them), the child themself (only their own view), and the adults around the child at school
 *       and on the team (a view recorded for the child or the family, as a trusted adult).
 *   <li><b>Respond</b>: the school's staff (SENCO, head, teacher) and the lead professional; never
 *       the family.
 * </ul>
 */
final class ViewRights {

  private static final Set<Relationship> ADULTS_FOR =
      EnumSet.of(
          Relationship.TEAM_MEMBER,
          Relationship.LEAD_PROFESSIONAL,
          Relationship.SENCO,
          Relationship.HEAD,
          Relationship.TEACHER);

  private static final Set<Relationship> RESPONDERS =
      EnumSet.of(
          Relationship.SENCO,
          Relationship.HEAD,
          Relationship.TEACHER,
          Relationship.LEAD_PROFESSIONAL);

  private ViewRights() {}

  /** Whose views the person may record: none when they may not record any. */
  static Set<Whose> mayRecord(AccessibleChild child) {
    Set<Relationship> held = child.grant().relationships();
    if (held.contains(Relationship.PARENT) || held.contains(Relationship.FAMILY)) {
      return EnumSet.allOf(Whose.class);
    }
    if (held.contains(Relationship.CHILD)) {
      return EnumSet.of(Whose.CHILD);
    }
    return held.stream().anyMatch(ADULTS_FOR::contains)
        ? EnumSet.allOf(Whose.class)
        : EnumSet.noneOf(Whose.class);
  }

  /** Whether the person records the response to views: school staff and the lead professional. */
  static boolean mayRespond(AccessibleChild child) {
    return !child.grant().isFamily()
        && child.grant().relationships().stream().anyMatch(RESPONDERS::contains);
  }

  /** Whether the person is the child themself. */
  static boolean isTheChild(AccessibleChild child) {
    Set<Relationship> held = child.grant().relationships();
    return held.contains(Relationship.CHILD)
        && !held.contains(Relationship.PARENT)
        && !held.contains(Relationship.FAMILY);
  }
}
