package org.goldenthread.concern;

import java.util.List;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem.FieldMessage;

/** The checks every text of a concern passes: tidied, no longer than its limit, nothing hidden. */
final class ConcernTexts {

  /** Far more than a page of writing: anything longer is refused, not cut. */
  static final int MOST_TEXT = 10_000;

  /** A few words on how a decision was made without a meeting. */
  static final int MOST_HOW = 500;

  private ConcernTexts() {}

  /** The text tidied, or null; a problem is added beside {@code field} when it may not be kept. */
  static String optional(String entered, String field, int most, List<FieldMessage> problems) {
    String text = TextRules.tidy(entered);
    if (text == null) {
      return null;
    }
    if (text.length() > most) {
      problems.add(new FieldMessage(field, "concern.error.tooLong." + field));
    } else {
      TextRules.problem(text).ifPresent(key -> problems.add(new FieldMessage(field, key)));
    }
    return text;
  }

  /** The same, for a text that must be given ({@code missingKey} when it is not). */
  static String required(
      String entered, String field, String missingKey, List<FieldMessage> problems) {
    String text = optional(entered, field, MOST_TEXT, problems);
    if (text == null) {
      problems.add(new FieldMessage(field, missingKey));
    }
    return text;
  }
}
