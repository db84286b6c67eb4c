package org.goldenthread.document;

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
 * Turns the {@code {documentId}} of a request path into an {@link AccessibleDocument} through
 * {@link DocumentAccess} (and so through the child's door), and records each read (a GET) in the
 * child's audit trail, as every read of the child's record is.
 */
@Component
class AccessibleDocumentResolver implements HandlerMethodArgumentResolver {

  static final String DOCUMENT_VARIABLE = "documentId";

  private final ObjectProvider<DocumentAccess> access;
  private final ApplicationEventPublisher events;

  /** The door is looked up when first needed, so that web slice tests can start without it. */
  AccessibleDocumentResolver(
      ObjectProvider<DocumentAccess> access, ApplicationEventPublisher events) {
    this.access = access;
    this.events = events;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return AccessibleDocument.class.equals(parameter.getParameterType());
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
    AccessibleDocument document = access.getObject().open(currentUser(), parse(variables));
    if ("GET".equals(request.getMethod())) {
      AccessibleChild child = document.child();
      CurrentUser user = child.user();
      events.publishEvent(
          new ChildRecordRead(
              child.id(), user.id(), user.displayName(), child.grant().principal(), "document"));
    }
    return document;
  }

  private static CurrentUser currentUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
        ? user
        : null;
  }

  private static UUID parse(Map<String, String> variables) {
    String id = variables == null ? null : variables.get(DOCUMENT_VARIABLE);
    try {
      return id == null ? null : UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
