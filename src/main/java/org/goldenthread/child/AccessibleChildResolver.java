package org.goldenthread.child;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
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
 * Turns the {@code {childId}} of a request path into an {@link AccessibleChild} through the door,
 * and records each read (a GET) in the child's audit trail, naming the part of the record read.
 */
@Component
class AccessibleChildResolver implements HandlerMethodArgumentResolver {

  static final String PATH_VARIABLE = "childId";

  private final ObjectProvider<ChildAccess> access;
  private final ApplicationEventPublisher events;

  /** The door is looked up when first needed, so that web slice tests can start without it. */
  AccessibleChildResolver(ObjectProvider<ChildAccess> access, ApplicationEventPublisher events) {
    this.access = access;
    this.events = events;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return AccessibleChild.class.equals(parameter.getParameterType());
  }

  @Override
  public AccessibleChild resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    CurrentUser user = currentUser();
    UUID childId = parse(variables == null ? null : variables.get(PATH_VARIABLE));
    AccessibleChild child = access.getObject().open(user, childId);
    if ("GET".equals(request.getMethod())) {
      events.publishEvent(
          new ChildRecordRead(
              childId, user.id(), user.displayName(), child.grant().principal(), part(request)));
    }
    return child;
  }

  /**
   * The part of the record a path reads: the segment after the child's id without a file extension
   * (a download of {@code plan.pdf} reads the plan), or "record".
   */
  static String part(HttpServletRequest request) {
    String path = request.getRequestURI();
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if ("children".equals(segments[i]) && i + 2 < segments.length) {
        return segments[i + 2].replaceFirst("\\.[A-Za-z0-9]+$", "");
      }
    }
    return "record";
  }

  private static CurrentUser currentUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
        ? user
        : null;
  }

  private static UUID parse(String id) {
    try {
      return id == null ? null : UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
