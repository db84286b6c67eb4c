package org.goldenthread.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The page sessions of one account. Sessions live in PostgreSQL (Spring Session JDBC), indexed by
 * the signed-in person's email, so that they can be found and ended from any app node.
 */
@Component
class AccountSessions {

  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.sessions = sessions;
  }

  /**
   * Ends every session signed in as this email except the one kept (the person changing their
   * password stays signed in where they did it).
   *
   * @param keep the id of the session to keep, or null to end them all
   */
  void endAllExcept(String email, String keep) {
    sessions.findByPrincipalName(email).keySet().stream()
        .filter(id -> !id.equals(keep))
        .forEach(sessions::deleteById);
  }
}
