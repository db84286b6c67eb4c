package org.goldenthread.action;

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
 * Turns the {@code {actionId}} of a request path into an {@link AccessibleAction} through {@link
 * ActionAccess} (and so through the child's door), and records each read (a GET) in the child's
 * audit trail.
 */
@Component
class AccessibleActionResolver implements HandlerMethodArgumentResolver {

  static final String ACTION_VARIABLE = "actionId";

  private final ObjectProvider<ActionAccess> access;
  private final ApplicationEventPublisher events;

  /** The door is looked up when first needed, so that web slice tests can start without it. */
  AccessibleActionResolver(ObjectProvider<ActionAccess> access, ApplicationEventPublisher events) {
    this.access = access;
    this.events = events;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return AccessibleAction.class.equals(parameter.getParameterType());
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
    AccessibleAction action = access.getObject().open(currentUser(), parse(variables));
    if ("GET".equals(request.getMethod())) {
      AccessibleChild child = action.child();
      CurrentUser user = child.user();
      events.publishEvent(
          new ChildRecordRead(
              child.id(),
              user.id(),
              user.displayName(),
              child.grant().principal(),
              "meeting action"));
    }
    return action;
  }

  private static CurrentUser currentUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
        ? user
        : null;
  }

  private static UUID parse(Map<String, String> variables) {
    String id = variables == null ? null : variables.get(ACTION_VARIABLE);
    try {
      return id == null ? null : UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
