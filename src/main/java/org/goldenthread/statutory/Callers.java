package org.goldenthread.statutory;

import org.goldenthread.identity.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The signed-in person as the deadline module asks for them. */
final class Callers {

  private Callers() {}

  static Authentication of(CurrentUser user) {
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }
}
