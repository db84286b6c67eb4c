package org.goldenthread.child;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.web.NotFound;
import org.springframework.web.ErrorResponseException;

/** What one person may do with one child, and why (their relationships to the child). */
public record AccessGrant(
    UUID childId, Set<Relationship> relationships, Set<Permission> permissions) {

  static AccessGrant of(
      UUID childId, Set<Relationship> relationships, boolean youngPersonConsents) {
    Set<Relationship> held = EnumSet.copyOf(relationships);
    if (held.contains(Relationship.CHILD) && youngPersonConsents) {
      held.add(Relationship.YOUNG_PERSON);
    }
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    held.forEach(r -> permissions.addAll(r.permissions()));
    return new AccessGrant(
        childId, Collections.unmodifiableSet(held), Collections.unmodifiableSet(permissions));
  }

  public boolean can(Permission permission) {
    return permissions.contains(permission);
  }

  /** The relationship to name in the audit log: the first, in the order of {@link Relationship}. */
  public Relationship principal() {
    return relationships.iterator().next();
  }

  /**
   * The child's own account under 16, with no other relationship to the child: it sees only the
   * child's own pages ({@link ChildAccountPages}), and a part of the record it may not read does
   * not exist for it (404).
   */
  public boolean isChildUnderSixteenOnly() {
    return relationships.size() == 1 && relationships.contains(Relationship.CHILD);
  }

  /** The child's own account from 16: the young person holds their own consents. */
  public boolean isYoungPerson() {
    return relationships.contains(Relationship.YOUNG_PERSON);
  }

  /**
   * The answer for someone who may see the child but lacks the permission: 403, but 404 for a
   * child's own account under 16 reading a part of the record that is not for them.
   */
  ErrorResponseException refusal(Permission permission) {
    return isChildUnderSixteenOnly() && permission.isReading()
        ? NotFound.error()
        : ChildAccess.forbidden();
  }

  public boolean isFamily() {
    return relationships.contains(Relationship.PARENT)
        || relationships.contains(Relationship.FAMILY)
        || relationships.contains(Relationship.CHILD);
  }
}
