package org.goldenthread.family;

/** What the family asks professionals to take into account, as typed. */
record FamilyContextForm(
    String culture,
    String religion,
    String parentingArrangements,
    String circumstances,
    Long version) {

  static FamilyContextForm of(FamilyContextView view) {
    return new FamilyContextForm(
        view.culture(),
        view.religion(),
        view.parentingArrangements(),
        view.circumstances(),
        view.version());
  }

  FamilyContextView details() {
    return new FamilyContextView(
        culture, religion, parentingArrangements, circumstances, version == null ? 0 : version);
  }
}
