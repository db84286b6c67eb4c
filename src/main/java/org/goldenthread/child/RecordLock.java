package org.goldenthread.child;

import org.goldenthread.web.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One change to a child's record at a time. Every change in this capability and in the family's
 * starts here: it waits for any other change to the same child to finish, then reads what the
 * person may do now. What it reads after that is what the other change saved, so a version read
 * before it is stale (a 409 with nothing changed) instead of a lost update or a database error, and
 * a person whose access ended meanwhile gets a 404.
 */
@Component
public class RecordLock {

  private final ChildRepository children;
  private final ChildAccess access;

  RecordLock(ChildRepository children, ChildAccess access) {
    this.children = children;
    this.access = access;
  }

  /** The child as the person may change it now, once no one else is changing it. */
  @Transactional(propagation = Propagation.MANDATORY)
  public AccessibleChild lock(AccessibleChild child) {
    if (children.lockForChange(child.id()).isEmpty()) {
      throw NotFound.error();
    }
    return access.open(child.user(), child.id());
  }
}
