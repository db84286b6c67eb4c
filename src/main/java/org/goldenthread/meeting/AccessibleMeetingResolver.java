package org.goldenthread.meeting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildRecordRead;
import org.goldenthread.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Turns the {@code {meetingId}} of a request path into an {@link AccessibleMeeting} through {@link
 * MeetingAccess} (and so through the child's door), and records each read (a GET) in the child's
 * audit trail.
 */
@Component
class AccessibleMeetingResolver implements HandlerMethodArgumentResolver {

  static final String MEETING_VARIABLE = "meetingId";

  private final ObjectProvider<MeetingAccess> access;
  private final ApplicationEventPublisher events;

  /** The door is looked up when first needed, so that web slice tests can start without it. */
  AccessibleMeetingResolver(
      ObjectProvider<MeetingAccess> access, ApplicationEventPublisher events) {
    this.access = access;
    this.events = events;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return AccessibleMeeting.class.equals(parameter.getParameterType());
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    CurrentUser user = currentUser();
    AccessibleMeeting meeting = access.getObject().open(user, parse(variables, MEETING_VARIABLE));
    read(request, meeting.child(), part(request));
    return meeting;
  }

  private void read(HttpServletRequest request, AccessibleChild child, String part) {
    if ("GET".equals(request.getMethod())) {
      CurrentUser user = child.user();
      events.publishEvent(
          new ChildRecordRead(
              child.id(), user.id(), user.displayName(), child.grant().principal(), part));
    }
  }

  /** "meeting", or "meeting preparation", "meeting actions"... for the segment after the id. */
  static String part(HttpServletRequest request) {
    String[] segments = request.getRequestURI().split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if ("meetings".equals(segments[i]) && i + 2 < segments.length) {
        return "meeting " + segments[i + 2];
      }
    }
    return "meeting";
  }

  private static CurrentUser currentUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
        ? user
        : null;
  }

  private static UUID parse(Map<String, String> variables, String name) {
    String id = variables == null ? null : variables.get(name);
    try {
      return id == null ? null : UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
