package org.goldenthread.organisation;

import java.util.UUID;

/**
 * An edit was made to a version that is no longer the saved one: someone else changed the
 * organisation in the meantime. Nothing was saved.
 */
public class OrganisationConflict extends RuntimeException {

  private final OrganisationKind kind;
  private final UUID id;

  public OrganisationConflict(OrganisationKind kind, UUID id) {
    super(kind + " " + id + " was changed by someone else");
    this.kind = kind;
    this.id = id;
  }

  public OrganisationKind kind() {
    return kind;
  }

  public UUID id() {
    return id;
  }
}
