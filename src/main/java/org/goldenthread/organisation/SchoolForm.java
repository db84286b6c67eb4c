package org.goldenthread.organisation;

import org.goldenthread.web.PageForms;

/**
 * The school form, as typed. Choices are kept as the strings posted, so that a value the page did
 * not offer is reported as "select one" rather than failing the request.
 */
record SchoolForm(
    String urn, String name, String phase, String authorityId, Boolean staffTwoFactor, Long version)
    implements OrganisationForm<SchoolDetails> {

  static SchoolForm empty() {
    return new SchoolForm(null, null, null, null, false, null);
  }

  static SchoolForm of(SchoolSummary school) {
    return new SchoolForm(
        school.urn(),
        school.name(),
        school.phase().name(),
        school.authorityId().toString(),
        school.staffTwoFactor(),
        school.version());
  }

  @Override
  public SchoolDetails details() {
    return new SchoolDetails(
        urn,
        name,
        PageForms.choice(SchoolPhase.class, phase),
        PageForms.id(authorityId),
        Boolean.TRUE.equals(staffTwoFactor));
  }
}
