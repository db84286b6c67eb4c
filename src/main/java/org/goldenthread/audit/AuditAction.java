package org.goldenthread.audit;

/** The kinds of thing the audit log records. */
enum AuditAction {
  SIGN_IN,
  SIGN_IN_FAILED,
  PASSWORD_RESET_REQUESTED,
  PASSWORD_CHANGED,
  INVITATION_SENT,
  INVITATION_ACCEPTED,
  ROLE_GRANTED,
  CREATE,
  UPDATE,
  READ,
  DELETE
}
