package org.goldenthread.child;

/** What someone may do with a child's record; granted by {@link ChildAccess}. */
public enum Permission {
  READ_RECORD,
  EDIT_RECORD,
  READ_FAMILY,
  /** What the family asks professionals to take into account: culture, religion, arrangements. */
  READ_CIRCUMSTANCES,
  EDIT_FAMILY,
  EDIT_PROFILE,
  MANAGE_TEAM,
  RECORD_CONSENT,
  INVITE_FAMILY,
  /** Who has read or changed the record. */
  READ_AUDIT
}
