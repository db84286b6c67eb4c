package org.goldenthread.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/** A child's record as pages, the API and other capabilities see it. */
public record ChildSummary(
    UUID id,
    String givenName,
    String familyName,
    String preferredName,
    LocalDate dateOfBirth,
    String upn,
    UUID schoolId,
    String schoolName,
    String yearGroup,
    SenStatus senStatus,
    NeedCode primaryNeed,
    NeedCode secondaryNeed,
    List<String> homeLanguages,
    boolean interpreterNeeded,
    Pronouns pronouns,
    long version) {

  /** The name the child goes by: "Sarah". */
  public String name() {
    return preferredName != null ? preferredName : givenName;
  }

  /** The name the child goes by, then the family name: "Sarah Bennett". */
  public String displayName() {
    return (preferredName != null ? preferredName : givenName) + " " + familyName;
  }

  public int ageOn(LocalDate date) {
    return Period.between(dateOfBirth, date).getYears();
  }

  /** The child as a long list names them. */
  public ChildListing listing() {
    return new ChildListing(id, displayName(), yearGroup, schoolId);
  }
}
