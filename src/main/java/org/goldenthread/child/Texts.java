package org.goldenthread.child;

/** Tidying what people type. */
final class Texts {

  private Texts() {}

  /** The text without surrounding spaces, or null when nothing is left. */
  static String trimToNull(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
