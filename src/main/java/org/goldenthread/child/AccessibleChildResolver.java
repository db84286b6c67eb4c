package org.goldenthread.child;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns the {@code {childId}} of a request path into an {@link AccessibleChild} through the door,
 * and records each read (a GET) in the child's audit trail, naming the part of the record read.
 */
@Component
class AccessibleChildResolver extends RecordInPathResolver<AccessibleChild> {

  static final String PATH_VARIABLE = "childId";

  private final ObjectProvider<ChildAccess> access;

  /** The door is looked up when first needed, so that web slice tests can start without it. */
  AccessibleChildResolver(ObjectProvider<ChildAccess> access, ApplicationEventPublisher events) {
    super(AccessibleChild.class, PATH_VARIABLE, events);
    this.access = access;
  }

  @Override
  protected AccessibleChild open(CurrentUser user, UUID id) {
    return access.getObject().open(user, id);
  }

  @Override
  protected AccessibleChild childOf(AccessibleChild child) {
    return child;
  }

  /**
   * The part of the record a path reads: the segment after the child's id without a file extension
   * (a download of {@code plan.pdf} reads the plan), or "record".
   */
  @Override
  protected String part(HttpServletRequest request) {
    String[] segments = request.getRequestURI().split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if ("children".equals(segments[i]) && i + 2 < segments.length) {
        return "audit.part." + segments[i + 2].replaceFirst("\\.[A-Za-z0-9]+$", "");
      }
    }
    return "audit.part.record";
  }
}
