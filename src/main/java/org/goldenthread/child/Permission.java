package org.goldenthread.child;

/** What someone may do with a child's record; granted by {@link ChildAccess}. */
public enum Permission {
  READ_RECORD,
  EDIT_RECORD,
  READ_FAMILY,
  /**
   * What the family asks professionals to take into account: culture, religion, arrangements and
   * circumstances. The family, the SENCO and the lead professional only.
   */
  READ_CIRCUMSTANCES,
  /** The court order or reason behind a limit on what a family member is told. */
  READ_LIMITATION_NOTES,
  /** A family member's address that is withheld (a refuge): besides that person themself. */
  READ_WITHHELD_ADDRESSES,
  EDIT_FAMILY,
  /** Record, change or clear a limit on what a family member is told. */
  LIMIT_INFORMATION,
  EDIT_PROFILE,
  MANAGE_TEAM,
  RECORD_CONSENT,
  INVITE_FAMILY,
  /** Who has read or changed the record. */
  READ_AUDIT,
  /**
   * The school's own numbers for the child (the unique pupil number): for the adults around the
   * child, not for a child's own account under 16.
   */
  READ_PUPIL_NUMBER,
  /**
   * Invite the child to an account of their own: a parent with parental responsibility, or the
   * SENCO.
   */
  INVITE_CHILD,
  /**
   * A copy of the whole record to take away (subject access): a parent with parental
   * responsibility, the young person from 16, and the SENCO.
   */
  EXPORT_RECORD;

  /** Whether this only reads a part of the record (and so its refusal may be a 404). */
  public boolean isReading() {
    return name().startsWith("READ_");
  }
}
