package org.goldenthread.family;

import java.util.UUID;

/** What the mocked family services of a slice answer: a parent or carer. */
final class FamilyViews {

  private FamilyViews() {}

  /** A parent with parental responsibility and no account yet, at version 2. */
  static FamilyMemberView parent(String name, String email, boolean informationLimited) {
    return new FamilyMemberView(
        UUID.randomUUID(),
        null,
        name,
        email,
        "07700 900123",
        FamilyRelationship.MOTHER,
        true,
        "Mum’s home",
        "ENG",
        PreferredFormat.STANDARD,
        ContactChannel.EMAIL,
        informationLimited,
        null,
        null,
        null,
        2);
  }
}
