package org.goldenthread.family;

import org.goldenthread.web.PageForms;

/** A limit on what a family member is told, as typed: yes or no, the reason, the version read. */
record FamilyLimitForm(String limited, String reason, Long version) {

  static FamilyLimitForm of(FamilyMemberView member) {
    return new FamilyLimitForm(
        Boolean.toString(!member.informationLimited()), null, member.version());
  }

  Boolean limitedChoice() {
    return PageForms.yesNo(limited);
  }
}
