package org.goldenthread.family;

import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Permission;

/**
 * Who sees, and who may change, the sensitive parts of a family member's details:
 *
 * <ul>
 *   <li>the court order or reason behind a limit: those who may read limitation notes (the family,
 *       the SENCO, the lead professional); that a limit exists is shown to everyone who reads the
 *       family, so that nobody shares with that person by mistake;
 *   <li>an address: everyone who reads the family, unless it is withheld; a withheld address only
 *       that person themself, the SENCO and the lead professional, never another parent;
 *   <li>whether an address is withheld: only those who would see it when it is, so that its absence
 *       tells nobody else anything.
 * </ul>
 */
final class FamilyAudience {

  private FamilyAudience() {}

  static FamilyMemberView seenBy(AccessibleChild child, FamilyMemberView member) {
    boolean privileged = seesWithheld(child, member);
    return member.seenWith(
        child.can(Permission.READ_LIMITATION_NOTES),
        privileged || !Boolean.TRUE.equals(member.addressWithheld()),
        privileged);
  }

  /** Whether the person may set this member's address, and whether it is withheld. */
  static boolean mayChangeAddress(AccessibleChild child, FamilyMemberView member) {
    return child.can(Permission.EDIT_FAMILY) && seesWithheld(child, member);
  }

  private static boolean seesWithheld(AccessibleChild child, FamilyMemberView member) {
    return child.can(Permission.READ_WITHHELD_ADDRESSES)
        || child.user().id().equals(member.userId());
  }
}
