package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.goldenthread.organisation.OrganisationRefused.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationRulesTests {

  private final Problems problems = new Problems();
  private final UUID authorityId = UUID.randomUUID();

  // authorities

  @Test
  void trimsWhatWasTyped() {
    AuthorityDetails checked =
        OrganisationRules.authority(new AuthorityDetails("  Kent   County  ", " 886 "), problems);

    assertThat(checked).isEqualTo(new AuthorityDetails("Kent County", "886"));
    assertThat(problems.list()).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void requiresAName(String name) {
    OrganisationRules.authority(new AuthorityDetails(name, "886"), problems);

    assertThat(problems.list())
        .containsExactly(new Problem("name", "organisation.authority.error.name.required"));
  }

  @Test
  void limitsTheLengthOfTheName() {
    String longest = "a".repeat(OrganisationRules.NAME_MAX);

    OrganisationRules.authority(new AuthorityDetails(longest, "886"), problems);
    assertThat(problems.list()).isEmpty();

    OrganisationRules.authority(new AuthorityDetails(longest + "a", "886"), problems);
    assertThat(problems.list())
        .containsExactly(new Problem("name", "organisation.authority.error.name.too-long"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"88", "8866", "88a", "８８６", "8 86", "-88"})
  void requiresACodeOfThreeDigits(String code) {
    OrganisationRules.authority(new AuthorityDetails("Kent", code), problems);

    assertThat(problems.list())
        .containsExactly(new Problem("code", "organisation.authority.error.code.format"));
  }

  @Test
  void requiresACode() {
    OrganisationRules.authority(new AuthorityDetails("Kent", " "), problems);

    assertThat(problems.list())
        .containsExactly(new Problem("code", "organisation.authority.error.code.required"));
  }

  @Test
  void reportsEveryProblemAtOnce() {
    OrganisationRules.authority(new AuthorityDetails("", "x"), problems);

    assertThat(problems.list()).extracting(Problem::field).containsExactly("name", "code");
  }

  // schools

  @Test
  void acceptsAndTrimsAGoodSchool() {
    SchoolDetails checked =
        OrganisationRules.school(
            new SchoolDetails(" 118234 ", " Oakfield  Primary ", SchoolPhase.PRIMARY, authorityId),
            problems);

    assertThat(checked)
        .isEqualTo(
            new SchoolDetails("118234", "Oakfield Primary", SchoolPhase.PRIMARY, authorityId));
    assertThat(problems.list()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"11823", "1182345", "11823x", "118 234", "URN118"})
  void requiresAUrnOfSixDigits(String urn) {
    OrganisationRules.school(
        new SchoolDetails(urn, "Oakfield", SchoolPhase.PRIMARY, authorityId), problems);

    assertThat(problems.list())
        .containsExactly(new Problem("urn", "organisation.school.error.urn.format"));
  }

  @Test
  void requiresEveryField() {
    OrganisationRules.school(new SchoolDetails(null, null, null, null), problems);

    assertThat(problems.list())
        .containsExactly(
            new Problem("urn", "organisation.school.error.urn.required"),
            new Problem("name", "organisation.school.error.name.required"),
            new Problem("phase", "organisation.school.error.phase.required"),
            new Problem("authorityId", "organisation.school.error.authority.required"));
  }

  // services

  @Test
  void needsNeitherAnAuthorityNorAnEmail() {
    ServiceDetails checked =
        OrganisationRules.service(
            new ServiceDetails(" Speech and language ", ServiceKind.OTHER, null, "  "), problems);

    assertThat(checked)
        .isEqualTo(new ServiceDetails("Speech and language", ServiceKind.OTHER, null, null));
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void requiresANameAndAKind() {
    OrganisationRules.service(new ServiceDetails(" ", null, null, null), problems);

    assertThat(problems.list())
        .containsExactly(
            new Problem("name", "organisation.service.error.name.required"),
            new Problem("kind", "organisation.service.error.kind.required"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ep-team", "ep@", "@kent.gov.uk", "ep team@kent.gov.uk", "ep@kent"})
  void refusesAMalformedEmail(String email) {
    OrganisationRules.service(
        new ServiceDetails("EPS", ServiceKind.EDUCATIONAL_PSYCHOLOGY, null, email), problems);

    assertThat(problems.list())
        .containsExactly(new Problem("email", "organisation.service.error.email.format"));
  }

  @Test
  void acceptsAWellFormedEmailTrimmed() {
    ServiceDetails checked =
        OrganisationRules.service(
            new ServiceDetails(
                "EPS", ServiceKind.EDUCATIONAL_PSYCHOLOGY, null, " eps@kent.gov.uk "),
            problems);

    assertThat(checked.email()).isEqualTo("eps@kent.gov.uk");
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void limitsTheLengthOfTheEmail() {
    String email = "a".repeat(OrganisationRules.EMAIL_MAX) + "@kent.gov.uk";

    OrganisationRules.service(
        new ServiceDetails("EPS", ServiceKind.EDUCATIONAL_PSYCHOLOGY, null, email), problems);

    assertThat(problems.list())
        .containsExactly(new Problem("email", "organisation.service.error.email.too-long"));
  }
}
