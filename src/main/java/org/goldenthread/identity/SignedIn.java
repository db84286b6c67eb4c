package org.goldenthread.identity;

import java.util.UUID;

/** Someone signed in, to the pages or for an API token. */
public record SignedIn(UUID userId, String name, String email, String address, Channel channel) {

  /** How they signed in. */
  public enum Channel {
    PAGES,
    API
  }
}
