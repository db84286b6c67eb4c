package org.goldenthread.child;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** What one person may do with one child, and why (their relationships to the child). */
public record AccessGrant(
    UUID childId, Set<Relationship> relationships, Set<Permission> permissions) {

  static AccessGrant of(
      UUID childId, Set<Relationship> relationships, boolean youngPersonConsents) {
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    relationships.forEach(r -> permissions.addAll(r.permissions()));
    if (relationships.contains(Relationship.CHILD) && youngPersonConsents) {
      permissions.add(Permission.RECORD_CONSENT);
    }
    return new AccessGrant(
        childId,
        Collections.unmodifiableSet(EnumSet.copyOf(relationships)),
        Collections.unmodifiableSet(permissions));
  }

  public boolean can(Permission permission) {
    return permissions.contains(permission);
  }

  /** The relationship to name in the audit log: the first, in the order of {@link Relationship}. */
  public Relationship principal() {
    return relationships.iterator().next();
  }

  public boolean isFamily() {
    return relationships.contains(Relationship.PARENT)
        || relationships.contains(Relationship.FAMILY)
        || relationships.contains(Relationship.CHILD);
  }
}
