package org.goldenthread.web;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The one answer for something that is not there or that the person may not see: 404, in the same
 * words whichever it is, so that nobody can learn from it that a record exists.
 */
public final class NotFound {

  private NotFound() {}

  /**
   * A 404 for a page or the API (an RFC 9457 problem from the API, whose detail is the 404's in the
   * bundles: "There is nothing here, or you may not see it.").
   */
  public static ErrorResponseException error() {
    return new ErrorResponseException(HttpStatus.NOT_FOUND);
  }

  /** The id in a request path; anything that is not an id is a record that is not there (404). */
  public static UUID id(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw error();
    }
  }
}
