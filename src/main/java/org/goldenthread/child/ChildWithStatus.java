package org.goldenthread.child;

import java.util.UUID;

/** A child as a long list names them, with their SEN status: what the status lists filter on. */
record ChildWithStatus(ChildListing listing, SenStatus status) {

  /**
   * From the columns of a child's row, as {@link ChildRepository#findListingsWithStatus} reads
   * them.
   */
  ChildWithStatus(
      UUID id,
      String givenName,
      String preferredName,
      String familyName,
      String yearGroup,
      UUID schoolId,
      SenStatus status) {
    this(new ChildListing(id, givenName, preferredName, familyName, yearGroup, schoolId), status);
  }
}
