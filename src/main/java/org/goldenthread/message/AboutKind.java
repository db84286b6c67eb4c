package org.goldenthread.message;

import java.util.UUID;

/**
 * What a thread can be about: an item of the plan (by its kind), a meeting or a request in writing.
 * Each links to its page: a plan item to its place on the plan page.
 */
public enum AboutKind {
  ASPIRATION("aspiration"),
  NEED("need"),
  OUTCOME("outcome"),
  PROVISION("provision"),
  STRATEGY("strategy"),
  MEETING(null),
  REQUEST(null);

  private final String planAnchor;

  AboutKind(String planAnchor) {
    this.planAnchor = planAnchor;
  }

  /** The page of the thing a thread of the child is about. */
  public String link(UUID childId, UUID id) {
    if (planAnchor != null) {
      return "/children/" + childId + "/plan#" + planAnchor + "-" + id;
    }
    return this == MEETING ? "/meetings/" + id : "/children/" + childId + "/requests/" + id;
  }
}
