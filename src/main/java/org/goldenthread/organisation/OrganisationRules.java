package org.goldenthread.organisation;

import java.util.regex.Pattern;

/**
 * The rules for what is entered about an organisation that need no database: each method answers
 * the details tidied up (trimmed, inner spaces collapsed, blanks as null) and adds a problem for
 * every broken rule. Uniqueness and the existence of the chosen authority are checked by {@link
 * Organisations}.
 */
final class OrganisationRules {

  static final int NAME_MAX = 200;
  static final int EMAIL_MAX = 254;

  private static final Pattern CODE = Pattern.compile("\\d{3}");
  private static final Pattern URN = Pattern.compile("\\d{6}");
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@.]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private OrganisationRules() {}

  static AuthorityDetails authority(AuthorityDetails details, Problems problems) {
    String name = name(details.name(), "organisation.authority.error", problems);
    String code = tidy(details.code());
    if (code == null) {
      problems.add("code", "organisation.authority.error.code.required");
    } else if (!CODE.matcher(code).matches()) {
      problems.add("code", "organisation.authority.error.code.format");
    }
    return new AuthorityDetails(name, code, details.staffTwoFactor());
  }

  static SchoolDetails school(SchoolDetails details, Problems problems) {
    String urn = tidy(details.urn());
    if (urn == null) {
      problems.add("urn", "organisation.school.error.urn.required");
    } else if (!URN.matcher(urn).matches()) {
      problems.add("urn", "organisation.school.error.urn.format");
    }
    String name = name(details.name(), "organisation.school.error", problems);
    if (details.phase() == null) {
      problems.add("phase", "organisation.school.error.phase.required");
    }
    if (details.authorityId() == null) {
      problems.add("authorityId", "organisation.school.error.authority.required");
    }
    return new SchoolDetails(
        urn, name, details.phase(), details.authorityId(), details.staffTwoFactor());
  }

  static ServiceDetails service(ServiceDetails details, Problems problems) {
    String name = name(details.name(), "organisation.service.error", problems);
    if (details.kind() == null) {
      problems.add("kind", "organisation.service.error.kind.required");
    }
    String email = tidy(details.email());
    if (email != null && email.length() > EMAIL_MAX) {
      problems.add("email", "organisation.service.error.email.too-long");
    } else if (email != null && !EMAIL.matcher(email).matches()) {
      problems.add("email", "organisation.service.error.email.format");
    }
    return new ServiceDetails(name, details.kind(), details.authorityId(), email);
  }

  private static String name(String typed, String keyPrefix, Problems problems) {
    String name = tidy(typed);
    if (name == null) {
      problems.add("name", keyPrefix + ".name.required");
    } else if (name.length() > NAME_MAX) {
      problems.add("name", keyPrefix + ".name.too-long");
    }
    return name;
  }

  /** Trimmed, with runs of white space made one space; null when nothing is left. */
  static String tidy(String typed) {
    if (typed == null) {
      return null;
    }
    String tidied = SPACES.matcher(typed.strip()).replaceAll(" ");
    return tidied.isEmpty() ? null : tidied;
  }
}
