package org.goldenthread.organisation;

import java.util.UUID;

/**
 * A local authority as other capabilities see it.
 *
 * @param code the 3-digit local authority code (for example 318)
 * @param version the version to send back with an edit
 * @param staffTwoFactor whether the authority's officers must use two-factor sign-in
 */
public record LocalAuthoritySummary(
    UUID id, String name, String code, long version, boolean staffTwoFactor) {

  /** An authority whose officers may choose whether to use two-factor sign-in. */
  public LocalAuthoritySummary(UUID id, String name, String code, long version) {
    this(id, name, code, version, false);
  }
}
