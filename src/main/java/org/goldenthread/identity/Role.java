package org.goldenthread.identity;

/**
 * What a person does, and so where their relationships come from. Each role a person holds is
 * granted to them as the Spring Security authority {@code ROLE_<name>}.
 */
public enum Role {
  /** Sets up authorities, schools and services, and invites people. Sees no child by default. */
  PLATFORM_ADMIN(OrganisationKind.NONE),
  /** A local authority SEND officer: the children of one authority. */
  AUTHORITY_OFFICER(OrganisationKind.LOCAL_AUTHORITY),
  /** The school's special educational needs co-ordinator. */
  SENCO(OrganisationKind.SCHOOL),
  /** A class or subject teacher. */
  TEACHER(OrganisationKind.SCHOOL),
  /** The head teacher. */
  HEAD(OrganisationKind.SCHOOL),
  /** Runs the school office: pupils and staff, not plans. */
  SCHOOL_ADMIN(OrganisationKind.SCHOOL),
  /** An outside professional of one service (educational psychology, speech and language...). */
  PROFESSIONAL(OrganisationKind.SERVICE),
  /** A parent or carer. */
  PARENT(OrganisationKind.NONE),
  /**
   * A child or young person with an account of their own, linked to their own record when they
   * accept the invitation a parent or the SENCO sent them; they see only what is theirs.
   */
  CHILD(OrganisationKind.NONE);

  private final OrganisationKind organisationKind;

  Role(OrganisationKind organisationKind) {
    this.organisationKind = organisationKind;
  }

  /** The kind of organisation this role is held at, if any. */
  public OrganisationKind organisationKind() {
    return organisationKind;
  }

  public String authority() {
    return "ROLE_" + name();
  }

  public boolean isSchoolStaff() {
    return organisationKind == OrganisationKind.SCHOOL;
  }

  /** Where a role is held. */
  public enum OrganisationKind {
    NONE,
    LOCAL_AUTHORITY,
    SCHOOL,
    SERVICE
  }
}
