package org.goldenthread.plan;

import java.io.Serializable;

/**
 * A message shown once at the top of the plan page a form redirects to (a flash attribute): green
 * when something worked, blue when it could not be done.
 *
 * @param messageKey the message, with {0} for the argument
 * @param argument what the message is about (an item's words), or null
 */
record PlanBanner(String messageKey, String argument, boolean success) implements Serializable {

  static final String ATTRIBUTE = "planBanner";

  static PlanBanner success(String messageKey, String argument) {
    return new PlanBanner(messageKey, argument, true);
  }

  static PlanBanner important(String messageKey) {
    return new PlanBanner(messageKey, null, false);
  }
}
