package org.goldenthread.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * While a request's JSON body is read ({@link BodyValidation} opens and closes the list), a value
 * of the wrong form for its typed field (an enum, a date, an id, a number) is written down with the
 * path of its field and read as null, so that reading goes on and one 400 names every such field.
 * Outside a body being read (nothing open), the usual exception is thrown.
 */
final class BodyFieldProblems extends DeserializationProblemHandler {

  private static final String OPEN = BodyFieldProblems.class.getName() + ".open";

  /** Starts noting problems for the body about to be read in this request. */
  static void open() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(OPEN, new ArrayList<>(), RequestAttributes.SCOPE_REQUEST);
    }
  }

  /** The problems noted since {@link #open()}, and stops noting them. */
  @SuppressWarnings("unchecked")
  static List<ValidationProblem.FieldMessage> close() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return List.of();
    }
    Object problems = request.getAttribute(OPEN, RequestAttributes.SCOPE_REQUEST);
    request.removeAttribute(OPEN, RequestAttributes.SCOPE_REQUEST);
    return problems == null ? List.of() : (List<ValidationProblem.FieldMessage>) problems;
  }

  /**
   * Notes a problem with the field the parser stands on, if a body is being read and the value is
   * inside it (not the body itself); false when it was not noted.
   */
  @SuppressWarnings("unchecked")
  static boolean note(JsonParser parser, String messageKey) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    Object problems =
        request == null ? null : request.getAttribute(OPEN, RequestAttributes.SCOPE_REQUEST);
    String field = path(parser);
    if (problems == null || field.isEmpty()) {
      return false;
    }
    ((List<ValidationProblem.FieldMessage>) problems)
        .add(new ValidationProblem.FieldMessage(field, messageKey));
    return true;
  }

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext context, Class<?> type, String value, String failure) {
    return noted(context.getParser(), type);
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext context, Class<?> type, Number value, String failure) {
    return noted(context.getParser(), type);
  }

  @Override
  public Object handleUnexpectedToken(
      DeserializationContext context,
      JavaType type,
      JsonToken token,
      JsonParser parser,
      String failure) {
    Object answer = noted(parser, type.getRawClass());
    if (answer != NOT_HANDLED) {
      parser.skipChildren();
    }
    return answer;
  }

  private static Object noted(JsonParser parser, Class<?> type) {
    if (type.isPrimitive() || !note(parser, messageKey(type))) {
      return NOT_HANDLED;
    }
    return null;
  }

  /** What the field wants, said as its error. */
  static String messageKey(Class<?> type) {
    if (type.isEnum()) {
      return "api.error.choice";
    }
    if (type == LocalDate.class) {
      return "api.error.date";
    }
    if (type == UUID.class) {
      return "api.error.id";
    }
    if (type == Instant.class || type == OffsetDateTime.class) {
      return "api.error.instant";
    }
    if (type == Integer.class
        || type == Long.class
        || type == Short.class
        || type == BigInteger.class) {
      return "api.error.wholeNumber";
    }
    if (type == BigDecimal.class || type == Double.class || type == Float.class) {
      return "api.error.number";
    }
    if (type == Boolean.class) {
      return "api.error.trueOrFalse";
    }
    return "api.error.wrongForm";
  }

  /** {@code minutes}, {@code rates[2].role}, {@code homeLanguages[0]}. */
  private static String path(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
      context = context.getParent(); // the value is an object or array: its field is outside it
    }
    List<String> parts = new ArrayList<>();
    for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inObject() && at.currentName() != null) {
        parts.add(0, "." + at.currentName());
      } else if (at.inArray()) {
        parts.add(0, "[" + Math.max(at.getCurrentIndex(), 0) + "]");
      }
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
