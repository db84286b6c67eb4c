package org.goldenthread.child;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What is entered to create or correct a child's record, as typed (it is tidied and checked). */
public record ChildDetails(
    String givenName,
    String familyName,
    String preferredName,
    LocalDate dateOfBirth,
    String upn,
    UUID schoolId,
    String yearGroup,
    SenStatus senStatus,
    NeedCode primaryNeed,
    NeedCode secondaryNeed,
    List<String> homeLanguages,
    boolean interpreterNeeded,
    Pronouns pronouns) {

  /** Details with no pronouns recorded: the product then uses the child's name. */
  public ChildDetails(
      String givenName,
      String familyName,
      String preferredName,
      LocalDate dateOfBirth,
      String upn,
      UUID schoolId,
      String yearGroup,
      SenStatus senStatus,
      NeedCode primaryNeed,
      NeedCode secondaryNeed,
      List<String> homeLanguages,
      boolean interpreterNeeded) {
    this(
        givenName,
        familyName,
        preferredName,
        dateOfBirth,
        upn,
        schoolId,
        yearGroup,
        senStatus,
        primaryNeed,
        secondaryNeed,
        homeLanguages,
        interpreterNeeded,
        null);
  }
}
