package org.goldenthread.organisation;

import java.util.UUID;

/**
 * What is entered to create or edit a school, as typed (it is trimmed and checked).
 *
 * @param staffTwoFactor whether the school's SENCOs, head and administrators must use two-factor
 *     sign-in
 */
public record SchoolDetails(
    String urn, String name, SchoolPhase phase, UUID authorityId, boolean staffTwoFactor) {

  /** A school whose staff may choose whether to use two-factor sign-in. */
  public SchoolDetails(String urn, String name, SchoolPhase phase, UUID authorityId) {
    this(urn, name, phase, authorityId, false);
  }
}
