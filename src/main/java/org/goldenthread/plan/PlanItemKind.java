package org.goldenthread.plan;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of item in a plan, in the order the thread runs, with their name in the API path. */
public enum PlanItemKind {
  ASPIRATIONS("aspirations", "aspiration"),
  NEEDS("needs", "need"),
  OUTCOMES("outcomes", "outcome"),
  PROVISIONS("provisions", "provision"),
  STRATEGIES("strategies", "strategy");

  private final String path;
  private final String singular;

  PlanItemKind(String path, String singular) {
    this.path = path;
    this.singular = singular;
  }

  /** The segment in {@code /plan/{kind}}: "aspirations", "needs", … */
  public String path() {
    return path;
  }

  /** One of them in plain words: "aspiration", "need", … */
  public String singular() {
    return singular;
  }

  /** The kind a path segment names; empty for anything else. */
  public static Optional<PlanItemKind> fromPath(String segment) {
    return Arrays.stream(values()).filter(kind -> kind.path.equals(segment)).findFirst();
  }
}
