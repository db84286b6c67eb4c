package org.goldenthread.family;

import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Permission;

/**
 * What the person may do with the child's family, for the family page to show links and buttons.
 */
public record FamilyAllowed(
    boolean editFamily, boolean limitInformation, boolean inviteFamily, boolean readCircumstances) {

  static final String ATTRIBUTE = "allowed";

  static FamilyAllowed of(AccessibleChild child) {
    return new FamilyAllowed(
        child.can(Permission.EDIT_FAMILY),
        child.can(Permission.LIMIT_INFORMATION),
        child.can(Permission.INVITE_FAMILY),
        child.can(Permission.READ_CIRCUMSTANCES));
  }
}
