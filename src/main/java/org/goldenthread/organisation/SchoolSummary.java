package org.goldenthread.organisation;

import java.util.UUID;

/**
 * A school as other capabilities see it.
 *
 * @param urn the 6-digit unique reference number from the DfE's register of schools
 * @param version the version to send back with an edit
 * @param staffTwoFactor whether the school's SENCOs, head and administrators must use two-factor
 *     sign-in
 */
public record SchoolSummary(
    UUID id,
    String urn,
    String name,
    SchoolPhase phase,
    UUID authorityId,
    String authorityName,
    long version,
    boolean staffTwoFactor) {

  /** A school whose staff may choose whether to use two-factor sign-in. */
  public SchoolSummary(
      UUID id,
      String urn,
      String name,
      SchoolPhase phase,
      UUID authorityId,
      String authorityName,
      long version) {
    this(id, urn, name, phase, authorityId, authorityName, version, false);
  }
}
