package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.TwoFactorOrganisations;
import org.goldenthread.organisation.OrganisationRefused.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

/** The service on the real (embedded) PostgreSQL, with its migrations and constraints. */
@IntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class OrganisationsIntegrationTests {

  private static final Random random = new Random();
  private final UUID admin = UUID.randomUUID();

  @Autowired Organisations organisations;
  @Autowired TwoFactorOrganisations twoFactor;

  @Test
  void createsAndEditsASchool() {
    LocalAuthoritySummary authority = newAuthority("Northshire");
    LocalAuthoritySummary other = newAuthority("Southshire");
    String urn = freshUrn();

    SchoolSummary created =
        organisations.createSchool(
            new SchoolDetails(urn, "  Oakfield   Primary ", SchoolPhase.PRIMARY, authority.id()),
            admin);

    assertThat(created.name()).isEqualTo("Oakfield Primary");
    assertThat(created.authorityName()).isEqualTo("Northshire");
    assertThat(organisations.school(created.id())).contains(created);
    assertThat(organisations.schoolsOf(authority.id())).containsExactly(created);
    assertThat(organisations.name(created.id())).contains("Oakfield Primary");

    SchoolSummary edited =
        organisations.editSchool(
            created.id(),
            created.version(),
            new SchoolDetails(urn, "Oakfield Academy", SchoolPhase.ALL_THROUGH, other.id()),
            admin);

    assertThat(edited.version()).isGreaterThan(created.version());
    assertThat(organisations.school(created.id())).contains(edited);
    assertThat(edited.phase()).isEqualTo(SchoolPhase.ALL_THROUGH);
    assertThat(organisations.schoolsOf(authority.id())).isEmpty();
    assertThat(organisations.schoolsOf(other.id())).containsExactly(edited);
    assertThat(organisations.schools()).contains(edited);
  }

  @Test
  void aSchoolOrAnAuthorityThatRequiresTwoFactorSignInIsToldToIdentity() {
    LocalAuthoritySummary authority =
        organisations.createAuthority(new AuthorityDetails("Eastshire", freshCode(), true), admin);
    SchoolSummary school =
        organisations.createSchool(
            new SchoolDetails(freshUrn(), "Elm Primary", SchoolPhase.PRIMARY, authority.id()),
            admin);
    assertThat(authority.staffTwoFactor()).isTrue();
    assertThat(school.staffTwoFactor()).isFalse();
    assertThat(twoFactor.requiringTwoFactor(List.of(authority.id(), school.id())))
        .containsExactly(authority.id());

    SchoolSummary edited =
        organisations.editSchool(
            school.id(),
            school.version(),
            new SchoolDetails(school.urn(), school.name(), school.phase(), authority.id(), true),
            admin);

    assertThat(edited.version()).isGreaterThan(school.version());
    assertThat(organisations.school(school.id()).orElseThrow().staffTwoFactor()).isTrue();
    assertThat(twoFactor.requiringTwoFactor(List.of(authority.id(), school.id(), admin)))
        .containsExactlyInAnyOrder(authority.id(), school.id());
  }

  @Test
  void refusesADuplicateUrn() {
    LocalAuthoritySummary authority = newAuthority("Westshire");
    String urn = freshUrn();
    organisations.createSchool(
        new SchoolDetails(urn, "First", SchoolPhase.PRIMARY, authority.id()), admin);
    SchoolSummary second =
        organisations.createSchool(
            new SchoolDetails(freshUrn(), "Second", SchoolPhase.SECONDARY, authority.id()), admin);

    assertThatThrownBy(
            () ->
                organisations.createSchool(
                    new SchoolDetails(urn, "Copy", SchoolPhase.PRIMARY, authority.id()), admin))
        .isInstanceOf(OrganisationRefused.class)
        .extracting(e -> ((OrganisationRefused) e).problems())
        .isEqualTo(List.of(new Problem("urn", "organisation.school.error.urn.taken")));
    assertThatThrownBy(
            () ->
                organisations.editSchool(
                    second.id(),
                    second.version(),
                    new SchoolDetails(urn, "Second", SchoolPhase.SECONDARY, authority.id()),
                    admin))
        .isInstanceOf(OrganisationRefused.class);
    assertThat(organisations.school(second.id())).contains(second);
  }

  @Test
  void refusesADuplicateAuthorityCode() {
    LocalAuthoritySummary authority = newAuthority("Eastshire");

    assertThatThrownBy(
            () ->
                organisations.createAuthority(
                    new AuthorityDetails("Another", authority.code()), admin))
        .isInstanceOf(OrganisationRefused.class)
        .extracting(e -> ((OrganisationRefused) e).problems())
        .isEqualTo(List.of(new Problem("code", "organisation.authority.error.code.taken")));

    // keeping its own code is not a clash with itself
    LocalAuthoritySummary renamed =
        organisations.editAuthority(
            authority.id(),
            authority.version(),
            new AuthorityDetails("East Shire", authority.code()),
            admin);
    assertThat(renamed.name()).isEqualTo("East Shire");
  }

  @Test
  void refusesAStaleVersionAndChangesNothing() {
    LocalAuthoritySummary authority = newAuthority("Midshire");
    ServiceSummary service =
        organisations.createService(
            new ServiceDetails(
                "Midshire EPS", ServiceKind.EDUCATIONAL_PSYCHOLOGY, authority.id(), null),
            admin);
    ServiceSummary firstEdit =
        organisations.editService(
            service.id(),
            service.version(),
            new ServiceDetails(
                "Midshire Educational Psychology",
                ServiceKind.EDUCATIONAL_PSYCHOLOGY,
                authority.id(),
                "eps@midshire.example"),
            admin);

    assertThatThrownBy(
            () ->
                organisations.editService(
                    service.id(),
                    service.version(),
                    new ServiceDetails("Overwritten", ServiceKind.OTHER, null, null),
                    admin))
        .isInstanceOf(OrganisationConflict.class);
    assertThat(organisations.service(service.id())).contains(firstEdit);

    assertThatThrownBy(
            () ->
                organisations.editAuthority(
                    authority.id(),
                    authority.version() + 1,
                    new AuthorityDetails("Overwritten", authority.code()),
                    admin))
        .isInstanceOf(OrganisationConflict.class);
    assertThat(organisations.authority(authority.id())).contains(authority);
  }

  @Test
  void refusesAnAuthorityThatDoesNotExist() {
    assertThatThrownBy(
            () ->
                organisations.createSchool(
                    new SchoolDetails(
                        freshUrn(), "Nowhere", SchoolPhase.PRIMARY, UUID.randomUUID()),
                    admin))
        .isInstanceOf(OrganisationRefused.class)
        .extracting(e -> ((OrganisationRefused) e).problems())
        .isEqualTo(List.of(new Problem("authorityId", "organisation.error.authority.unknown")));
  }

  @Test
  void publishesAnEventForEveryChange(AssertablePublishedEvents events) {
    LocalAuthoritySummary authority = newAuthority("Eventshire");
    SchoolSummary school =
        organisations.createSchool(
            new SchoolDetails(freshUrn(), "Brook Nursery", SchoolPhase.NURSERY, authority.id()),
            admin);
    SchoolDetails renamed =
        new SchoolDetails(
            school.urn(), "Brook Nursery School", SchoolPhase.NURSERY, authority.id());
    SchoolSummary edited = organisations.editSchool(school.id(), school.version(), renamed, admin);
    organisations.editSchool(school.id(), edited.version(), renamed, admin); // changes nothing

    assertThat(events.ofType(OrganisationCreated.class))
        .containsExactly(
            new OrganisationCreated(
                OrganisationKind.LOCAL_AUTHORITY, authority.id(), "Eventshire", admin),
            new OrganisationCreated(OrganisationKind.SCHOOL, school.id(), "Brook Nursery", admin));
    assertThat(events.ofType(OrganisationChanged.class))
        .containsExactly(
            new OrganisationChanged(
                OrganisationKind.SCHOOL, school.id(), "Brook Nursery School", admin));
  }

  @Test
  void namesOrganisationsOfEveryKind() {
    LocalAuthoritySummary authority = newAuthority("Nameshire");
    SchoolSummary school =
        organisations.createSchool(
            new SchoolDetails(
                freshUrn(), "Hill Special School", SchoolPhase.SPECIAL, authority.id()),
            admin);
    ServiceSummary service =
        organisations.createService(
            new ServiceDetails("Nameshire SENDIASS", ServiceKind.SENDIASS, null, null), admin);
    UUID unknown = UUID.randomUUID();

    assertThat(organisations.names(List.of(authority.id(), school.id(), service.id(), unknown)))
        .isEqualTo(
            Map.of(
                authority.id(), "Nameshire",
                school.id(), "Hill Special School",
                service.id(), "Nameshire SENDIASS"));
    assertThat(organisations.name(service.id())).contains("Nameshire SENDIASS");
    assertThat(organisations.name(unknown)).isEmpty();
  }

  private LocalAuthoritySummary newAuthority(String name) {
    return organisations.createAuthority(new AuthorityDetails(name, freshCode()), admin);
  }

  private String freshCode() {
    String code;
    do {
      code = String.format("%03d", random.nextInt(1000));
    } while (taken(code, organisations.authorities().stream().map(LocalAuthoritySummary::code)));
    return code;
  }

  private String freshUrn() {
    String urn;
    do {
      urn = String.format("%06d", 100000 + random.nextInt(900000));
    } while (taken(urn, organisations.schools().stream().map(SchoolSummary::urn)));
    return urn;
  }

  private static boolean taken(String value, java.util.stream.Stream<String> existing) {
    return existing.anyMatch(value::equals);
  }
}
