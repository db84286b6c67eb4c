package org.goldenthread.child;

import java.util.Arrays;
import java.util.List;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.PageForms;

/**
 * The child's record as typed on the add and change pages. Choices are kept as the strings posted,
 * so that a value the page did not offer reads as "not chosen" rather than failing the request;
 * home languages are chosen in up to three lists of the same name, which arrive joined by commas.
 */
record ChildForm(
    String givenName,
    String familyName,
    String preferredName,
    DateInput dateOfBirth,
    String upn,
    String schoolId,
    String yearGroup,
    String senStatus,
    String primaryNeed,
    String secondaryNeed,
    String homeLanguages,
    String interpreterNeeded,
    String pronouns,
    Long version) {

  static ChildForm empty(String schoolId) {
    return new ChildForm(
        null,
        null,
        null,
        DateInput.empty(),
        null,
        schoolId,
        null,
        null,
        null,
        null,
        "ENG",
        "false",
        "",
        null);
  }

  static ChildForm of(ChildSummary child) {
    return new ChildForm(
        child.givenName(),
        child.familyName(),
        child.preferredName(),
        DateInput.of(child.dateOfBirth()),
        child.upn(),
        child.schoolId().toString(),
        child.yearGroup(),
        child.senStatus() == null ? null : child.senStatus().name(),
        child.primaryNeed() == null ? null : child.primaryNeed().name(),
        child.secondaryNeed() == null ? null : child.secondaryNeed().name(),
        String.join(", ", child.homeLanguages()),
        Boolean.toString(child.interpreterNeeded()),
        child.pronouns() == null ? "" : child.pronouns().name(),
        child.version());
  }

  /** What was typed, for the service to tidy and check; a date that is not real is none. */
  ChildDetails details() {
    return new ChildDetails(
        givenName,
        familyName,
        preferredName,
        dateOfBirth == null ? null : dateOfBirth.toLocalDate().orElse(null),
        upn,
        PageForms.id(schoolId),
        yearGroup,
        PageForms.choice(SenStatus.class, senStatus),
        PageForms.choice(NeedCode.class, primaryNeed),
        PageForms.choice(NeedCode.class, secondaryNeed),
        languages(),
        "true".equals(interpreterNeeded),
        PageForms.choice(Pronouns.class, pronouns));
  }

  /** The details, leaving out the date and the school when the page has already refused them. */
  ChildDetails details(org.springframework.validation.BindingResult binding) {
    ChildDetails d = details();
    return new ChildDetails(
        d.givenName(),
        d.familyName(),
        d.preferredName(),
        binding.hasFieldErrors("dateOfBirth") ? null : d.dateOfBirth(),
        d.upn(),
        binding.hasFieldErrors("schoolId") ? null : d.schoolId(),
        d.yearGroup(),
        d.senStatus(),
        d.primaryNeed(),
        d.secondaryNeed(),
        d.homeLanguages(),
        d.interpreterNeeded(),
        d.pronouns());
  }

  private List<String> languages() {
    if (homeLanguages == null || homeLanguages.isBlank()) {
      return List.of();
    }
    return Arrays.stream(homeLanguages.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }
}
