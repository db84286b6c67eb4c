package org.goldenthread.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * Half signed in: the password was right, and the code (or setting two-factor sign-in up) is still
 * to come. It is kept in the session beside, not in, the security context: the person is not signed
 * in, so no page and no API call treats them as anyone until the second step is done. A new
 * password attempt replaces it; signing in or out removes it.
 *
 * <p>Spring Security 7's multi-factor support ({@code FactorGrantedAuthority}) was the other way:
 * it signs the person in with the password as one factor and makes every authorisation rule ask for
 * the second. Here it would let a half-signed-in person count as signed in for the header, the
 * navigation and every {@code @AuthenticationPrincipal}, make the rule conditional on whether the
 * person has a second factor at all, and not reach the API (bearer tokens); one step of our own
 * that signs in only at the end is smaller and cannot leak.
 *
 * @param step what the person must do next
 */
record PendingSignIn(UUID userId, String email, Step step) implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String ATTRIBUTE = PendingSignIn.class.getName();

  /** What is still to come. */
  enum Step {
    /** Type a code from the app, or a recovery code. */
    CODE,
    /** Set two-factor sign-in up, which the person must use. */
    SET_UP,
    /** Two-factor sign-in is set up: see the recovery codes, then go on signed in. */
    SET_UP_DONE
  }

  /**
   * Keeps this in a session with a new id (the password was right: no fixation), over anything half
   * done before.
   */
  void keep(HttpServletRequest request) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(ATTRIBUTE, this);
  }

  /** The same half sign-in, one step further on. */
  void moveTo(Step next, HttpServletRequest request) {
    request.getSession().setAttribute(ATTRIBUTE, new PendingSignIn(userId, email, next));
  }

  /** The half sign-in in this request's session at this step, if there is one. */
  static Optional<PendingSignIn> at(Step step, HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending
        ? Optional.of(pending).filter(found -> found.step() == step)
        : Optional.empty();
  }

  static void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }
}
