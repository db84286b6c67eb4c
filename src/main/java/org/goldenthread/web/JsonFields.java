package org.goldenthread.web;

import tools.jackson.core.JacksonException;

/** The field a JSON reading error is about, written as the API's errors name fields. */
final class JsonFields {

  private JsonFields() {}

  /** {@code minutes}, {@code rates[2].role}, {@code homeLanguages[0]}. */
  static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
