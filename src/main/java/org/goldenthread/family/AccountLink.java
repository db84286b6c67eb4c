package org.goldenthread.family;

import java.time.Instant;

/**
 * A single-use link for a family member to create their account (or confirm the one their address
 * has), which links it to their entry on the child's record. A secret: {@link #toString()} leaves
 * it out, and it is never logged or stored in the clear.
 */
public record AccountLink(String url, Instant expiresAt) {

  @Override
  public String toString() {
    return "AccountLink[(secret), expiresAt=" + expiresAt + "]";
  }
}
