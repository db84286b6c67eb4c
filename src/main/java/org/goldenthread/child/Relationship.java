package org.goldenthread.child;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a person stands to a child, and what each relationship allows. Access comes from these, never
 * from a role alone: a SENCO sees only their own school's pupils, a professional only children
 * whose team they are on while consent stands.
 *
 * <p>The sensitive details (the family's circumstances, the court order or reason behind a limit, a
 * withheld address) have a smaller audience: the family, the SENCO and the lead professional. The
 * head runs the school and may record or clear a limit, but does not read these: they are
 * need-to-know, and the SENCO is the school's key worker for the family. The child is invited to an
 * account of their own by a parent with parental responsibility or by the SENCO.
 */
public enum Relationship {
  PARENT(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.READ_FAMILY,
          Permission.READ_CIRCUMSTANCES,
          Permission.READ_LIMITATION_NOTES,
          Permission.EDIT_FAMILY,
          Permission.EDIT_PROFILE,
          Permission.RECORD_CONSENT,
          Permission.READ_AUDIT,
          Permission.READ_PUPIL_NUMBER,
          Permission.INVITE_CHILD,
          Permission.EXPORT_RECORD)),
  /** A carer or relative on the record without parental responsibility. */
  FAMILY(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.READ_FAMILY,
          Permission.READ_CIRCUMSTANCES,
          Permission.READ_LIMITATION_NOTES,
          Permission.EDIT_PROFILE,
          Permission.READ_AUDIT,
          Permission.READ_PUPIL_NUMBER)),
  /**
   * The child themself, through their own account: their own record and no more. Under 16 they see
   * their own home and views ({@link ChildAccountPages}), never the family's circumstances, a
   * limit's reason, the family's addresses, who read the record, or the school's own numbers.
   */
  CHILD(EnumSet.of(Permission.READ_RECORD)),
  /**
   * The child's own account from 16, held together with {@link #CHILD}: the young person holds
   * their own consents (to a professional joining the team) and sees their whole record, as a
   * parent does.
   */
  YOUNG_PERSON(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.READ_FAMILY,
          Permission.READ_CIRCUMSTANCES,
          Permission.READ_LIMITATION_NOTES,
          Permission.EDIT_PROFILE,
          Permission.RECORD_CONSENT,
          Permission.READ_AUDIT,
          Permission.READ_PUPIL_NUMBER,
          Permission.EXPORT_RECORD)),
  SENCO(EnumSet.allOf(Permission.class)),
  HEAD(
      EnumSet.complementOf(
          EnumSet.of(
              Permission.READ_CIRCUMSTANCES,
              Permission.READ_LIMITATION_NOTES,
              Permission.READ_WITHHELD_ADDRESSES,
              Permission.INVITE_CHILD,
              Permission.EXPORT_RECORD))),
  TEAM_MEMBER(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.READ_FAMILY,
          Permission.EDIT_PROFILE,
          Permission.READ_AUDIT,
          Permission.READ_PUPIL_NUMBER)),
  /** The lead professional (key worker) runs the team. */
  LEAD_PROFESSIONAL(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.READ_FAMILY,
          Permission.READ_CIRCUMSTANCES,
          Permission.READ_LIMITATION_NOTES,
          Permission.READ_WITHHELD_ADDRESSES,
          Permission.EDIT_PROFILE,
          Permission.MANAGE_TEAM,
          Permission.READ_AUDIT,
          Permission.READ_PUPIL_NUMBER)),
  TEACHER(EnumSet.of(Permission.READ_RECORD, Permission.READ_FAMILY, Permission.READ_PUPIL_NUMBER)),
  SCHOOL_ADMIN(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.EDIT_RECORD,
          Permission.READ_FAMILY,
          Permission.READ_PUPIL_NUMBER)),
  AUTHORITY_OFFICER(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.EDIT_RECORD,
          Permission.READ_FAMILY,
          Permission.LIMIT_INFORMATION,
          Permission.READ_PUPIL_NUMBER));

  private final Set<Permission> permissions;

  Relationship(Set<Permission> permissions) {
    this.permissions = permissions;
  }

  Set<Permission> permissions() {
    return permissions;
  }
}
