package org.goldenthread.organisation;

import java.util.UUID;

/** Reads choices posted by a form; anything that is not one of the choices reads as none. */
final class Posted {

  private Posted() {}

  static <E extends Enum<E>> E enumValue(Class<E> type, String posted) {
    if (posted == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, posted.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static UUID uuid(String posted) {
    if (posted == null || posted.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(posted.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
