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
 * need-to-know, and the SENCO is the school's key worker for the family.
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
          Permission.READ_AUDIT)),
  /** A carer or relative on the record without parental responsibility. */
  FAMILY(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.READ_FAMILY,
          Permission.READ_CIRCUMSTANCES,
          Permission.READ_LIMITATION_NOTES,
          Permission.EDIT_PROFILE,
          Permission.READ_AUDIT)),
  /** The child or young person themself (consent from 16). */
  CHILD(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.READ_FAMILY,
          Permission.READ_CIRCUMSTANCES,
          Permission.READ_LIMITATION_NOTES,
          Permission.EDIT_PROFILE,
          Permission.READ_AUDIT)),
  SENCO(EnumSet.allOf(Permission.class)),
  HEAD(
      EnumSet.complementOf(
          EnumSet.of(
              Permission.READ_CIRCUMSTANCES,
              Permission.READ_LIMITATION_NOTES,
              Permission.READ_WITHHELD_ADDRESSES))),
  TEAM_MEMBER(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.READ_FAMILY,
          Permission.EDIT_PROFILE,
          Permission.READ_AUDIT)),
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
          Permission.READ_AUDIT)),
  TEACHER(EnumSet.of(Permission.READ_RECORD, Permission.READ_FAMILY)),
  SCHOOL_ADMIN(EnumSet.of(Permission.READ_RECORD, Permission.EDIT_RECORD, Permission.READ_FAMILY)),
  AUTHORITY_OFFICER(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.EDIT_RECORD,
          Permission.READ_FAMILY,
          Permission.LIMIT_INFORMATION));

  private final Set<Permission> permissions;

  Relationship(Set<Permission> permissions) {
    this.permissions = permissions;
  }

  Set<Permission> permissions() {
    return permissions;
  }
}
