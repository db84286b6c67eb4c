package org.goldenthread.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A save made from a stale copy: someone else changed the record since it was read. Nothing is
 * saved; the API answers 409 and a page shows both versions.
 */
public class EditConflict extends ErrorResponseException {

  /** A 409 whose detail is the 409's in the bundles (read it again, then make your change). */
  public EditConflict() {
    super(HttpStatus.CONFLICT);
  }

  /** Throws unless the version sent is the version stored. */
  public static void check(long sent, long stored) {
    if (sent != stored) {
      throw new EditConflict();
    }
  }
}
