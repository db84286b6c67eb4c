package org.goldenthread.organisation;

/** The local authority form, as typed; {@code version} is null for a new authority. */
record AuthorityForm(String name, String code, Boolean staffTwoFactor, Long version)
    implements OrganisationForm<AuthorityDetails> {

  static AuthorityForm empty() {
    return new AuthorityForm(null, null, false, null);
  }

  static AuthorityForm of(LocalAuthoritySummary authority) {
    return new AuthorityForm(
        authority.name(), authority.code(), authority.staffTwoFactor(), authority.version());
  }

  @Override
  public AuthorityDetails details() {
    return new AuthorityDetails(name, code, Boolean.TRUE.equals(staffTwoFactor));
  }
}
