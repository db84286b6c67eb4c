package org.goldenthread.child;

import java.util.UUID;
import org.goldenthread.identity.CurrentUser;

/**
 * A child the signed-in person may see, with what they may do. Only {@link ChildAccess} makes one:
 * a controller method takes it for the {@code {childId}} in its path (the route test fails for a
 * child route without it), and a service asks for it before it reads or changes anything.
 */
public final class AccessibleChild {

  private final UUID id;
  private final AccessGrant grant;
  private final CurrentUser user;

  AccessibleChild(UUID id, AccessGrant grant, CurrentUser user) {
    this.id = id;
    this.grant = grant;
    this.user = user;
  }

  public UUID id() {
    return id;
  }

  public AccessGrant grant() {
    return grant;
  }

  public CurrentUser user() {
    return user;
  }

  public boolean can(Permission permission) {
    return grant.can(permission);
  }

  /** The event that records a change this person made to the child's record. */
  public ChildRecordChanged changed(ChildRecordChanged.Action action, String what) {
    return new ChildRecordChanged(
        id, user.id(), user.displayName(), grant.principal(), action, what);
  }

  /** This child again, when the person may also do this; otherwise 403. */
  public AccessibleChild require(Permission permission) {
    if (!grant.can(permission)) {
      throw ChildAccess.forbidden();
    }
    return this;
  }
}
