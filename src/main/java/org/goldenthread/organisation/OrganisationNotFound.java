package org.goldenthread.organisation;

import java.util.UUID;

/** There is no organisation of that kind with that id. */
public class OrganisationNotFound extends RuntimeException {

  private final OrganisationKind kind;
  private final UUID id;

  public OrganisationNotFound(OrganisationKind kind, UUID id) {
    super("No " + kind + " " + id);
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
