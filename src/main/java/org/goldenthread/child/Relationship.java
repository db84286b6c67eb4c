package org.goldenthread.child;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a person stands to a child, and what each relationship allows. Access comes from these, never
 * from a role alone: a SENCO sees only their own school's pupils, a professional only children
 * whose team they are on while consent stands.
 */
public enum Relationship {
  PARENT(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.READ_FAMILY,
          Permission.READ_CIRCUMSTANCES,
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
          Permission.EDIT_PROFILE,
          Permission.READ_AUDIT)),
  /** The child or young person themself (consent from 16). */
  CHILD(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.READ_FAMILY,
          Permission.READ_CIRCUMSTANCES,
          Permission.EDIT_PROFILE,
          Permission.READ_AUDIT)),
  SENCO(EnumSet.allOf(Permission.class)),
  HEAD(EnumSet.allOf(Permission.class)),
  TEAM_MEMBER(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.READ_FAMILY,
          Permission.READ_CIRCUMSTANCES,
          Permission.EDIT_PROFILE,
          Permission.READ_AUDIT)),
  /** The lead professional (key worker) runs the team. */
  LEAD_PROFESSIONAL(
      EnumSet.of(
          Permission.READ_RECORD,
          Permission.READ_FAMILY,
          Permission.READ_CIRCUMSTANCES,
          Permission.EDIT_PROFILE,
          Permission.MANAGE_TEAM,
          Permission.READ_AUDIT)),
  TEACHER(EnumSet.of(Permission.READ_RECORD, Permission.READ_FAMILY)),
  SCHOOL_ADMIN(EnumSet.of(Permission.READ_RECORD, Permission.EDIT_RECORD, Permission.READ_FAMILY)),
  AUTHORITY_OFFICER(
      EnumSet.of(Permission.READ_RECORD, Permission.EDIT_RECORD, Permission.READ_FAMILY));

  private final Set<Permission> permissions;

  Relationship(Set<Permission> permissions) {
    this.permissions = permissions;
  }

  Set<Permission> permissions() {
    return permissions;
  }
}
