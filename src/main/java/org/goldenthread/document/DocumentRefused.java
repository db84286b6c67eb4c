package org.goldenthread.document;

import org.goldenthread.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A file that is not kept: too large (413), not of a type we accept (415), holding a virus (422),
 * or not scanned because the virus scanner could not be reached (503). The API answers it as a
 * problem with {@code detail} in words; a page shows {@code messageKey} beside the file field.
 */
public class DocumentRefused extends ErrorResponseException {

  private final String messageKey;
  private final Object[] arguments;

  DocumentRefused(HttpStatus status, String detail, String messageKey, Object... arguments) {
    super(status, ProblemTypes.typed(ProblemTypes.of(status, typeName(status), detail)), null);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  private static String typeName(HttpStatus status) {
    return switch (status) {
      case CONTENT_TOO_LARGE -> "too-large";
      case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
      case SERVICE_UNAVAILABLE -> "unavailable";
      default -> "refused";
    };
  }

  /** The message to show beside the file field. */
  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
