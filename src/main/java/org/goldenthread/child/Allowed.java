package org.goldenthread.child;

/** What the person may do with the child, for templates to show or hide links and buttons. */
public record Allowed(
    boolean editRecord,
    boolean editProfile,
    boolean manageTeam,
    boolean recordConsent,
    boolean readAudit,
    boolean inviteChild) {

  static final String ATTRIBUTE = "allowed";

  static Allowed of(AccessibleChild child) {
    return new Allowed(
        child.can(Permission.EDIT_RECORD),
        child.can(Permission.EDIT_PROFILE),
        child.can(Permission.MANAGE_TEAM),
        child.can(Permission.RECORD_CONSENT),
        child.can(Permission.READ_AUDIT),
        child.can(Permission.INVITE_CHILD));
  }
}
