package org.goldenthread.child;

import java.util.UUID;

/** A child as a long list names them: who, in which year, at which school. */
public record ChildListing(UUID id, String displayName, String yearGroup, UUID schoolId) {

  /** From the columns of a child's row, as the list queries select them. */
  ChildListing(
      UUID id,
      String givenName,
      String preferredName,
      String familyName,
      String yearGroup,
      UUID schoolId) {
    this(id, Child.displayName(givenName, preferredName, familyName), yearGroup, schoolId);
  }
}
