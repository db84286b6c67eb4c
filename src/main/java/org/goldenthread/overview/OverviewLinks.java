package org.goldenthread.overview;

import java.util.UUID;

/** The addresses of the overview. */
public final class OverviewLinks {

  private OverviewLinks() {}

  public static String authority(UUID authorityId) {
    return "/authorities/" + authorityId + "/overview";
  }
}
