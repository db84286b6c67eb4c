package org.goldenthread.family;

/**
 * What is entered about a new parent or carer, as typed. A withheld address (a refuge) is seen only
 * by that person, the SENCO and the lead professional.
 */
public record FamilyMemberDetails(
    String name,
    String email,
    String phone,
    FamilyRelationship relationship,
    boolean parentalResponsibility,
    String household,
    String preferredLanguage,
    PreferredFormat preferredFormat,
    ContactChannel contactChannel,
    boolean informationLimited,
    String limitationNote,
    String address,
    boolean addressWithheld) {

  /** A member with no address given. */
  public FamilyMemberDetails(
      String name,
      String email,
      String phone,
      FamilyRelationship relationship,
      boolean parentalResponsibility,
      String household,
      String preferredLanguage,
      PreferredFormat preferredFormat,
      ContactChannel contactChannel,
      boolean informationLimited,
      String limitationNote) {
    this(
        name,
        email,
        phone,
        relationship,
        parentalResponsibility,
        household,
        preferredLanguage,
        preferredFormat,
        contactChannel,
        informationLimited,
        limitationNote,
        null,
        false);
  }
}
