package org.goldenthread.child;

import org.goldenthread.web.PageForms;

/** A parent or carer as typed; choices kept as posted, yes or no as "true" or "false". */
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
    String informationLimited,
    String limitationNote,
    Long version) {

  static FamilyMemberForm empty() {
    return new FamilyMemberForm(
        null, null, null, null, null, null, null, "STANDARD", "EMAIL", "false", null, null);
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
        Boolean.toString(m.informationLimited()),
        m.limitationNote(),
        m.version());
  }

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
        Boolean.TRUE.equals(PageForms.yesNo(informationLimited)),
        limitationNote);
  }
}
