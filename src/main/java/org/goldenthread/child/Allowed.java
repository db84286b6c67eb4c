package org.goldenthread.child;

/** What the person may do with the child, for templates to show or hide links and buttons. */
record Allowed(
    boolean editRecord,
    boolean readFamily,
    boolean readCircumstances,
    boolean editFamily,
    boolean limitInformation,
    boolean editProfile,
    boolean manageTeam,
    boolean recordConsent,
    boolean inviteFamily,
    boolean readAudit) {

  static final String ATTRIBUTE = "allowed";

  static Allowed of(AccessibleChild child) {
    return new Allowed(
        child.can(Permission.EDIT_RECORD),
        child.can(Permission.READ_FAMILY),
        child.can(Permission.READ_CIRCUMSTANCES),
        child.can(Permission.EDIT_FAMILY),
        child.can(Permission.LIMIT_INFORMATION),
        child.can(Permission.EDIT_PROFILE),
        child.can(Permission.MANAGE_TEAM),
        child.can(Permission.RECORD_CONSENT),
        child.can(Permission.INVITE_FAMILY),
        child.can(Permission.READ_AUDIT));
  }
}
