package org.goldenthread.organisation;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A whole number in a school's settings, read strictly: a JSON integer that fits an {@code int}, or
 * text of digits alone. Anything else (a fraction, a number too big to hold, text, a NUL) is
 * refused while reading, with the path of its field, so the API answers 400 naming it, where the
 * default reading would cut 12.5 to 12 or refuse a huge number without saying which field it was.
 */
final class WholeNumberDeserializer extends ValueDeserializer<Integer> {

  private static final int MOST_DIGITS = 9;

  @Override
  public Integer deserialize(JsonParser parser, DeserializationContext context) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() == JsonParser.NumberType.INT) {
      return parser.getIntValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      String text = parser.getString().strip();
      if (text.matches("[0-9]{1," + MOST_DIGITS + "}")) {
        return Integer.parseInt(text);
      }
    }
    throw MismatchedInputException.from(parser, Integer.class, "Not a whole number");
  }
}
