package org.goldenthread.web;

import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.UUID;
import org.springframework.util.ClassUtils;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * In a request's JSON body, a typed field (a number, an enum, a date or time, an id, true or false)
 * takes only a value of its own form: text holding a control character (a NUL) is not read as
 * blank, text longer than any such value is not parsed, a fraction is not cut to a whole number, a
 * whole number too large is not refused for the body as a whole, and a number is never a date or a
 * choice. Each is noted with its field ({@link BodyFieldProblems}), so that the one 400 names it.
 * JSON read anywhere else is read as before.
 */
final class StrictScalars extends ValueDeserializerModifier {

  @Override
  public ValueDeserializer<?> modifyDeserializer(
      DeserializationConfig config,
      BeanDescription.Supplier description,
      ValueDeserializer<?> deserializer) {
    Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(description.getBeanClass());
    boolean scalar =
        Number.class.isAssignableFrom(type)
            || type == Boolean.class
            || type == UUID.class
            || TemporalAccessor.class.isAssignableFrom(type);
    return scalar ? new Checked(deserializer, type) : deserializer;
  }

  @Override
  public ValueDeserializer<?> modifyEnumDeserializer(
      DeserializationConfig config,
      JavaType type,
      BeanDescription.Supplier description,
      ValueDeserializer<?> deserializer) {
    return new Checked(deserializer, type.getRawClass());
  }

  /** Longer than any number, date, time, id or choice is written. */
  private static final int LONGEST = 100;

  /** A typed field's reader that notes a value of another form before its own reader sees it. */
  private static final class Checked extends DelegatingDeserializer {

    private final Class<?> type;

    Checked(ValueDeserializer<?> reader, Class<?> type) {
      super(reader);
      this.type = type;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> reader) {
      return new Checked(reader, type);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      if (ofAnotherForm(parser)
          && BodyFieldProblems.note(parser, BodyFieldProblems.messageKey(type))) {
        return _delegatee.getNullValue(context);
      }
      return super.deserialize(parser, context);
    }

    private boolean ofAnotherForm(JsonParser parser) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        String text = parser.getString();
        return text.length() > LONGEST || text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
      }
      if (!token.isNumeric()) {
        return false;
      }
      if (type.isEnum() || TemporalAccessor.class.isAssignableFrom(type)) {
        return true;
      }
      if (!isWholeNumber()) {
        return false;
      }
      return token == JsonToken.VALUE_NUMBER_FLOAT || !fits(parser);
    }

    private boolean isWholeNumber() {
      return type == Integer.class
          || type == Long.class
          || type == Short.class
          || type == Byte.class
          || type == BigInteger.class;
    }

    private boolean fits(JsonParser parser) {
      JsonParser.NumberType size = parser.getNumberType();
      if (type == BigInteger.class) {
        return true;
      }
      if (type == Long.class) {
        return size != JsonParser.NumberType.BIG_INTEGER;
      }
      if (size != JsonParser.NumberType.INT) {
        return false;
      }
      int value = parser.getIntValue();
      return type == Integer.class
          || (type == Short.class && value >= Short.MIN_VALUE && value <= Short.MAX_VALUE)
          || (type == Byte.class && value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE);
    }
  }
}
