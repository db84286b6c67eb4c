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
  private final UUID schoolId;
  private final String displayName;

  AccessibleChild(UUID id, AccessGrant grant, CurrentUser user, UUID schoolId, String displayName) {
    this.id = id;
    this.grant = grant;
    this.user = user;
    this.schoolId = schoolId;
    this.displayName = displayName;
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

  /** The child's school, as the door read it when it opened. */
  public UUID schoolId() {
    return schoolId;
  }

  /** The name the child goes by, then the family name ("Sarah Bennett"), as the door read it. */
  public String displayName() {
    return displayName;
  }

  public boolean can(Permission permission) {
    return grant.can(permission);
  }

  /** The event that records a change this person made to the child's record. */
  public ChildRecordChanged changed(ChildRecordChanged.Action action, Happened what) {
    return new ChildRecordChanged(
        id, user.id(), user.displayName(), grant.principal(), action, what);
  }

  /**
   * This child again, when the person may also do this; otherwise 403 (404 for the child's own
   * account under 16 reading a part of the record that is not for them).
   */
  public AccessibleChild require(Permission permission) {
    if (!grant.can(permission)) {
      throw grant.refusal(permission);
    }
    return this;
  }
}
