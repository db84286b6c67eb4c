package org.goldenthread.child;

import java.util.UUID;
import org.goldenthread.identity.CurrentUser;

/**
 * A child the signed-in person may see, with what they may do. A controller method that takes one
 * for a {@code {childId}} in its path has been through {@link ChildAccess}: the argument cannot be
 * made any other way, and the route test fails for a child route without it.
 */
public record AccessibleChild(UUID id, AccessGrant grant, CurrentUser user) {

  public boolean can(Permission permission) {
    return grant.can(permission);
  }

  /** This child again, when the person may also do this; otherwise 403. */
  public AccessibleChild require(Permission permission) {
    if (!grant.can(permission)) {
      throw ChildAccess.forbidden();
    }
    return this;
  }
}
