package org.goldenthread.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every string in every JSON body is read through {@link TextRules}: a NUL or another control
 * character, or text past the limit, is refused while reading, with the path of its field, so the
 * API answers 400 naming it (with every other field that does not read, {@link BodyFieldProblems})
 * instead of the database failing later.
 */
class CheckedTextDeserializer extends StringDeserializer {

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) {
    String text = super.deserialize(parser, context);
    java.util.Optional<String> problem = TextRules.problem(text);
    if (problem.isPresent()) {
      if (BodyFieldProblems.note(parser, problem.get())) {
        return null;
      }
      throw new RefusedText(parser, problem.get());
    }
    return text;
  }

  /** Text {@link TextRules} refuses; {@code messageKey} says why. */
  static final class RefusedText extends InvalidFormatException {

    private final String messageKey;

    RefusedText(JsonParser parser, String messageKey) {
      super(parser, "Text refused: " + messageKey, null, String.class);
      this.messageKey = messageKey;
    }

    String messageKey() {
      return messageKey;
    }
  }
}
