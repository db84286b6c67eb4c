package org.goldenthread.plan;

import java.util.UUID;
import org.goldenthread.web.NotFound;

/**
 * Reads the kind and the ids in the path of a plan or review page or API route; anything else is
 * something that is not there (404).
 */
final class PlanPaths {

  private PlanPaths() {}

  static PlanItemKind kind(String path) {
    return PlanItemKind.fromPath(path).orElseThrow(NotFound::error);
  }

  static String plan(UUID childId) {
    return "/children/" + childId + "/plan";
  }
}
