package org.goldenthread.family;

import org.goldenthread.web.PageForms;

/**
 * A parent or carer as typed; choices kept as posted, yes or no as "true" or "false". The address
 * is posted only by those who may set it (null: not on the form, so left as it is).
 */
record FamilyMemberForm(
    String name,
    String email,
    String phone,
    String relationship,
    String parentalResponsibility,
    String household,
    String preferredLanguage,
    String preferredFormat,
    String contactChannel,
    String address,
    String addressWithheld,
    Long version) {

  static FamilyMemberForm empty() {
    return new FamilyMemberForm(
        null, null, null, null, null, null, null, "STANDARD", "EMAIL", null, "false", null);
  }

  static FamilyMemberForm of(FamilyMemberView m) {
    return new FamilyMemberForm(
        m.name(),
        m.email(),
        m.phone(),
        m.relationship() == null ? null : m.relationship().name(),
        Boolean.toString(m.parentalResponsibility()),
        m.household(),
        m.preferredLanguage(),
        m.preferredFormat() == null ? null : m.preferredFormat().name(),
        m.contactChannel() == null ? null : m.contactChannel().name(),
        m.address(),
        Boolean.toString(Boolean.TRUE.equals(m.addressWithheld())),
        m.version());
  }

  /** A new member's details: no limit (that is recorded on its own page). */
  FamilyMemberDetails details() {
    return new FamilyMemberDetails(
        name,
        email,
        phone,
        PageForms.choice(FamilyRelationship.class, relationship),
        Boolean.TRUE.equals(PageForms.yesNo(parentalResponsibility)),
        household,
        preferredLanguage,
        PageForms.choice(PreferredFormat.class, preferredFormat),
        PageForms.choice(ContactChannel.class, contactChannel),
        false,
        null,
        address,
        Boolean.TRUE.equals(PageForms.yesNo(addressWithheld)));
  }

  /** The change to a member: every field on the form; the address only when it was on it. */
  FamilyMemberChange change() {
    boolean addressShown = address != null || addressWithheld != null;
    return new FamilyMemberChange(
        blankIfMissing(name),
        blankIfMissing(email),
        blankIfMissing(phone),
        PageForms.choice(FamilyRelationship.class, relationship),
        PageForms.yesNo(parentalResponsibility),
        blankIfMissing(household),
        blankIfMissing(preferredLanguage),
        PageForms.choice(PreferredFormat.class, preferredFormat),
        PageForms.choice(ContactChannel.class, contactChannel),
        addressShown ? blankIfMissing(address) : null,
        addressShown ? Boolean.TRUE.equals(PageForms.yesNo(addressWithheld)) : null,
        null,
        null);
  }

  private static String blankIfMissing(String value) {
    return value == null ? "" : value;
  }
}
