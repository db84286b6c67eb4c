package org.goldenthread.web;

import java.io.Serializable;

/**
 * A message shown once at the top of the page a form redirects to (a flash attribute): green when
 * something worked, blue when it could not be done.
 *
 * @param messageKey the message, with {0} for the argument
 * @param argument the name or address the message is about
 * @param success a green success banner; otherwise a blue "Important" one
 */
public record PageBanner(String messageKey, String argument, boolean success)
    implements Serializable {

  public static final String ATTRIBUTE = "pageBanner";

  public static PageBanner success(String messageKey, String argument) {
    return new PageBanner(messageKey, argument, true);
  }

  public static PageBanner important(String messageKey, String argument) {
    return new PageBanner(messageKey, argument, false);
  }
}
