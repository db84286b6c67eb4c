package org.goldenthread.web;

import java.util.Optional;

/**
 * What any text we keep must be: no control characters (a NUL cannot even be stored; the others are
 * never typed on purpose) except tab and line breaks, and no longer than {@link #MAX_LENGTH}
 * characters. Fields with a smaller limit of their own check it in their service.
 */
public final class TextRules {

  /** Far more than any answer a person writes; anything longer is refused, not truncated. */
  public static final int MAX_LENGTH = 50_000;

  static final String CONTROL_CHARACTER = "text.error.controlCharacter";
  static final String TOO_LONG = "text.error.tooLong";

  private TextRules() {}

  /** Whether a message key is one of these rules' refusals. */
  static boolean refuses(String messageKey) {
    return CONTROL_CHARACTER.equals(messageKey) || TOO_LONG.equals(messageKey);
  }

  /** The text without surrounding spaces, or null when nothing is left: what was typed, tidied. */
  public static String tidy(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /**
   * The text on one line, for a list or a choice: its spaces and line breaks made single spaces,
   * and cut to {@code most} characters with an ellipsis when longer; empty for none.
   */
  public static String inShort(String text, int most) {
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= most ? flat : flat.substring(0, most - 1).strip() + "…";
  }

  /** The message key of what is wrong with the text, or empty when it may be kept. */
  public static Optional<String> problem(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (text.length() > MAX_LENGTH) {
      return Optional.of(TOO_LONG);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
        return Optional.of(CONTROL_CHARACTER);
      }
    }
    return Optional.empty();
  }
}
