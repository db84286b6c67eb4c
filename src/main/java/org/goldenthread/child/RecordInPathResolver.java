package org.goldenthread.child;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Turns the id of a child's record in a request path ({@code {meetingId}}, {@code {documentId}}, …)
 * into that record opened through the child's door, and records each read (a GET) in the child's
 * audit trail, as every read of the child's record is. A child's own account under 16 finds only
 * the pages that are for them ({@link ChildAccountPages}); anything else about them is not found. A
 * record the person may not see, or an id that is not one, is not found: the capability's {@link
 * #open} says so.
 *
 * @param <T> the record as the door opened it
 */
public abstract class RecordInPathResolver<T> implements HandlerMethodArgumentResolver {

  private final Class<T> type;
  private final String variable;
  private final ApplicationEventPublisher events;

  /**
   * @param type the controller parameter's type
   * @param variable the path variable holding the record's id
   */
  protected RecordInPathResolver(Class<T> type, String variable, ApplicationEventPublisher events) {
    this.type = type;
    this.variable = variable;
    this.events = events;
  }

  /** The record, opened through the door for this person; the id is null when it is not one. */
  protected abstract T open(CurrentUser user, UUID id);

  /** The child the record belongs to, as the door opened it. */
  protected abstract AccessibleChild childOf(T record);

  /**
   * The message key naming what was read, in the audit trail's words ({@code audit.part.document}:
   * "the document").
   */
  protected abstract String part(HttpServletRequest request);

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return type.equals(parameter.getParameterType());
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
    T record = open(currentUser(), parse(variables == null ? null : variables.get(variable)));
    AccessibleChild child = childOf(record);
    if (child.grant().isChildUnderSixteenOnly()
        && !ChildAccountPages.allows(
            request.getRequestURI().substring(request.getContextPath().length()))) {
      throw NotFound.error();
    }
    if ("GET".equals(request.getMethod())) {
      CurrentUser user = child.user();
      events.publishEvent(
          new ChildRecordRead(
              child.id(), user.id(), user.displayName(), child.grant().principal(), part(request)));
    }
    return record;
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
