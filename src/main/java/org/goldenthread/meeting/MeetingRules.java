package org.goldenthread.meeting;

import java.util.EnumSet;
import java.util.Set;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Relationship;

/**
 * Who may do what with a child's meetings, from their relationships to the child. School staff and
 * the team arrange meetings; the organiser, the SENCO, the head teacher and the lead professional
 * run them (change, minutes, actions, closing). The family is invited and prepares, but does not
 * arrange (a parent asks for a meeting in writing).
 */
final class MeetingRules {

  private static final Set<Relationship> ARRANGE =
      EnumSet.of(
          Relationship.SENCO,
          Relationship.HEAD,
          Relationship.LEAD_PROFESSIONAL,
          Relationship.TEAM_MEMBER,
          Relationship.TEACHER);

  private static final Set<Relationship> RUN =
      EnumSet.of(Relationship.SENCO, Relationship.HEAD, Relationship.LEAD_PROFESSIONAL);

  private MeetingRules() {}

  static boolean mayArrange(AccessibleChild child) {
    return child.grant().relationships().stream().anyMatch(ARRANGE::contains);
  }

  static void requireArrange(AccessibleChild child) {
    if (!mayArrange(child)) {
      throw MeetingAccess.forbidden();
    }
  }

  static boolean mayRun(AccessibleChild child, Meeting meeting) {
    return meeting.organiserId().equals(child.user().id())
        || child.grant().relationships().stream().anyMatch(RUN::contains);
  }

  static void requireRun(AccessibleChild child, Meeting meeting) {
    if (!mayRun(child, meeting)) {
      throw MeetingAccess.forbidden();
    }
  }

  static boolean maySeePreparation(AccessibleChild child, Meeting meeting) {
    return meeting.invites(child.user().id()) || mayRun(child, meeting);
  }

  static boolean mayPrepare(AccessibleChild child, Meeting meeting) {
    return meeting.invites(child.user().id()) && meeting.open();
  }

  static MeetingRights rights(AccessibleChild child, Meeting meeting) {
    return new MeetingRights(
        mayRun(child, meeting), mayPrepare(child, meeting), maySeePreparation(child, meeting));
  }
}
