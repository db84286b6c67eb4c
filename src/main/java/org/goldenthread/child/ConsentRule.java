package org.goldenthread.child;

import java.util.EnumSet;
import java.util.Set;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Consent follows the person, not the role typed in. Only staff of the child's own school may hold
 * a school role, only someone on the child's own family record (whose information is not limited)
 * the parent or carer role, and only the child's own account the child's role; these join without
 * consent. Anyone else needs the family's recorded consent, whatever role they are given.
 *
 * <p>The same rule decides a membership when it is added or changed, and again on every request (in
 * {@link ChildAccess}): a membership that needs no consent lets the person in only while they still
 * are staff of the school, family, or the child.
 */
@Component
class ConsentRule {

  private static final Set<Role> SCHOOL_STAFF =
      EnumSet.of(Role.SENCO, Role.HEAD, Role.TEACHER, Role.SCHOOL_ADMIN);

  private final FamilyTies ties;

  ConsentRule(FamilyTies ties) {
    this.ties = ties;
  }

  /** Whether this person may hold this school or family role on the child's team. */
  boolean mayHoldWithoutConsent(TeamRole role, CurrentUser person, Child child) {
    return switch (role.kind()) {
      case SCHOOL -> isStaffOf(person, child);
      case FAMILY ->
          role == TeamRole.CHILD
              ? person.id().equals(child.userId())
              : ties.of(person.id()).stream()
                  .anyMatch(t -> t.childId().equals(child.id()) && !t.informationLimited());
      case OUTSIDE -> false;
    };
  }

  /** Whether the membership lets the person in now: consent given, or not needed and still so. */
  boolean stands(TeamMember member, CurrentUser person, Child child) {
    return switch (member.consent()) {
      case GIVEN -> true;
      case NOT_NEEDED -> mayHoldWithoutConsent(member.role(), person, child);
      case PENDING, WITHDRAWN -> false;
    };
  }

  static boolean isStaffOf(CurrentUser person, Child child) {
    return SCHOOL_STAFF.stream()
        .anyMatch(role -> person.organisationsWhere(role).contains(child.schoolId()));
  }
}
