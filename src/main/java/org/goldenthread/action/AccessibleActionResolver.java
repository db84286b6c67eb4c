package org.goldenthread.action;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.RecordInPathResolver;
import org.goldenthread.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns the {@code {actionId}} of a request path into an {@link AccessibleAction} through {@link
 * ActionAccess} (and so through the child's door); each read is in the child's audit trail.
 */
@Component
class AccessibleActionResolver extends RecordInPathResolver<AccessibleAction> {

  static final String ACTION_VARIABLE = "actionId";

  private final ObjectProvider<ActionAccess> access;

  /** The door is looked up when first needed, so that web slice tests can start without it. */
  AccessibleActionResolver(ObjectProvider<ActionAccess> access, ApplicationEventPublisher events) {
    super(AccessibleAction.class, ACTION_VARIABLE, events);
    this.access = access;
  }

  @Override
  protected AccessibleAction open(CurrentUser user, UUID id) {
    return access.getObject().open(user, id);
  }

  @Override
  protected AccessibleChild childOf(AccessibleAction record) {
    return record.child();
  }

  @Override
  protected String part(HttpServletRequest request) {
    return "audit.part.meeting-action";
  }
}
