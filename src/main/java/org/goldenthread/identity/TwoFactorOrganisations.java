package org.goldenthread.identity;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which organisations require two-factor sign-in of their staff. Identity knows organisations only
 * by id; the capability that keeps schools and authorities answers this (none answering: none
 * require it).
 */
public interface TwoFactorOrganisations {

  /** Those of these organisations whose staff must use two-factor sign-in. */
  Set<UUID> requiringTwoFactor(Collection<UUID> organisationIds);
}
