package org.goldenthread.plan;

import java.util.UUID;

/** Reads the kind and the item of a plan page's path; anything else is a page that is not there. */
final class PlanPaths {

  private PlanPaths() {}

  static PlanItemKind kind(String path) {
    return PlanItemKind.fromPath(path).orElseThrow(Plans::notFound);
  }

  static UUID id(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw Plans.notFound();
    }
  }

  static String plan(UUID childId) {
    return "/children/" + childId + "/plan";
  }
}
