package org.goldenthread.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes audit lines, taking the actor and address from the request being answered. */
@Component
class AuditLog {

  private final AuditEventRepository events;
  private final Clock clock;

  AuditLog(AuditEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** A line whose actor is the signed-in person (or nobody, for the system). */
  void record(AuditAction action, String what) {
    CurrentUser user = currentUser();
    record(
        action,
        what,
        user == null ? null : user.id(),
        user == null ? null : user.displayName(),
        currentAddress());
  }

  /** A line whose actor is the signed-in person, or the service named when nobody is. */
  void recordOrByService(AuditAction action, String what, String service) {
    CurrentUser user = currentUser();
    record(
        action,
        what,
        user == null ? null : user.id(),
        user == null ? service : user.displayName(),
        currentAddress());
  }

  void record(AuditAction action, String what, UUID actorId, String actorName, String address) {
    events.save(
        new AuditEvent(
            clock.instant(),
            actorId,
            actorName,
            action.name(),
            what,
            address == null ? currentAddress() : address));
  }

  private static CurrentUser currentUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
        ? user
        : null;
  }

  private static String currentAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      HttpServletRequest servletRequest = request.getRequest();
      return servletRequest.getRemoteAddr();
    }
    return null;
  }
}
