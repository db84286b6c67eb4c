package org.goldenthread.organisation;

import java.io.Serializable;

/**
 * The success message shown once on the page a form redirects to (a flash attribute).
 *
 * @param messageKey the message, with {0} for the name
 * @param name the organisation or person the message is about
 */
record SuccessBanner(String messageKey, String name) implements Serializable {

  static final String ATTRIBUTE = "successBanner";

  static SuccessBanner added(String name) {
    return new SuccessBanner("organisation.banner.added", name);
  }

  static SuccessBanner saved(String name) {
    return new SuccessBanner("organisation.banner.saved", name);
  }

  static SuccessBanner invitationSent(String email) {
    return new SuccessBanner("organisation.invitation.banner.sent", email);
  }
}
