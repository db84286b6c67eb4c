package org.goldenthread.family;

/**
 * A change to a parent's or carer's details, as sent: a field left out (null) stays as it is, and
 * an empty text clears it. The address and the limit are separate because only some people may
 * change them: sending them at all is a request to change them.
 */
record FamilyMemberChange(
    String name,
    String email,
    String phone,
    FamilyRelationship relationship,
    Boolean parentalResponsibility,
    String household,
    String preferredLanguage,
    PreferredFormat preferredFormat,
    ContactChannel contactChannel,
    String address,
    Boolean addressWithheld,
    Boolean informationLimited,
    String limitationNote) {

  /** A change of the ordinary details only, as a whole. */
  static FamilyMemberChange of(FamilyMemberDetails d) {
    return new FamilyMemberChange(
        d.name() == null ? "" : d.name(),
        d.email() == null ? "" : d.email(),
        d.phone() == null ? "" : d.phone(),
        d.relationship(),
        d.parentalResponsibility(),
        d.household() == null ? "" : d.household(),
        d.preferredLanguage() == null ? "" : d.preferredLanguage(),
        d.preferredFormat(),
        d.contactChannel(),
        null,
        null,
        null,
        null);
  }

  /** A change of the limit only. */
  static FamilyMemberChange limit(Boolean limited, String reason) {
    return new FamilyMemberChange(
        null, null, null, null, null, null, null, null, null, null, null, limited, reason);
  }

  boolean sendsAddress() {
    return address != null || addressWithheld != null;
  }

  /** The member's details with this change made (not yet tidied or checked). */
  FamilyMemberDetails onto(FamilyMemberView now) {
    boolean limited = informationLimited != null ? informationLimited : now.informationLimited();
    return new FamilyMemberDetails(
        or(name, now.name()),
        or(email, now.email()),
        or(phone, now.phone()),
        relationship != null ? relationship : now.relationship(),
        parentalResponsibility != null ? parentalResponsibility : now.parentalResponsibility(),
        or(household, now.household()),
        or(preferredLanguage, now.preferredLanguage()),
        preferredFormat != null ? preferredFormat : now.preferredFormat(),
        contactChannel != null ? contactChannel : now.contactChannel(),
        limited,
        limitationNote != null || !limited ? limitationNote : now.limitationNote(),
        or(address, now.address()),
        addressWithheld != null ? addressWithheld : Boolean.TRUE.equals(now.addressWithheld()));
  }

  private static String or(String sent, String now) {
    return sent != null ? sent : now;
  }
}
