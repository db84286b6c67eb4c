package org.goldenthread.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.CurrentUser.RoleGrant;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.AuthorityDetails;
import org.goldenthread.organisation.LocalAuthoritySummary;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.ErrorResponseException;

/**
 * The directory module with only what it depends on: an administrator adds a service, a parent
 * finds it by an everyday word for its need and may not change it, and an authority's officer keeps
 * the services of their own authority and not another's.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database"})
@ActiveProfiles("test")
class DirectoryModuleTests {

  static final CurrentUser ADMIN = TestDoor.person("Sam Okafor", Role.PLATFORM_ADMIN);
  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired Directory directory;
  @Autowired Organisations organisations;

  @Test
  void anAdministratorAddsAServiceAParentFindsItByAnEverydayWordAndMayNotChangeIt() {
    String name = "Module Test Hearing Club " + UUID.randomUUID();
    ServiceView added = directory.add(ADMIN, club(name));

    assertThat(added.lastCheckedOn()).isEqualTo(directory.today());
    assertThat(
            directory.search(new DirectoryQuery("deaf", null, "ZZ9", "BSL", false), 0, 10).items())
        .extracting(ServiceView::name)
        .contains(name);
    assertThatThrownBy(() -> directory.markChecked(PARENT, added.id(), null))
        .isInstanceOf(ErrorResponseException.class)
        .hasMessageContaining("403");
  }

  @Test
  void anOfficerKeepsTheServicesOfTheirOwnAuthorityAndNoOtherAuthoritys() {
    LocalAuthoritySummary theirs = newAuthority("Module Test Council");
    LocalAuthoritySummary other = newAuthority("Another Module Test Council");
    CurrentUser officer =
        new CurrentUser(
            UUID.randomUUID(),
            "officer." + theirs.code() + "@example.org",
            "Priya Shah",
            "{noop}not-used",
            true,
            List.of(new RoleGrant(Role.AUTHORITY_OFFICER, theirs.id())));

    ServiceView ours = directory.add(officer, club("Ours " + UUID.randomUUID(), theirs.code()));
    ServiceView elsewhere = directory.add(ADMIN, club("Theirs " + UUID.randomUUID(), other.code()));

    assertThat(directory.keeps(officer, ours)).isTrue();
    assertThat(directory.keeps(officer, elsewhere)).isFalse();
    assertThat(directory.keeps(ADMIN, elsewhere)).isTrue();
    assertThat(directory.markChecked(officer, ours.id(), null).lastCheckedOn())
        .isEqualTo(directory.today());
    assertThatThrownBy(() -> directory.markChecked(officer, elsewhere.id(), null))
        .isInstanceOf(ErrorResponseException.class)
        .hasMessageContaining("403");
    assertThatThrownBy(
            () ->
                directory.change(
                    officer, elsewhere.id(), club("Renamed", theirs.code()), elsewhere.version()))
        .isInstanceOf(ErrorResponseException.class)
        .hasMessageContaining("403");
    assertThatThrownBy(
            () -> directory.add(officer, club("Elsewhere " + UUID.randomUUID(), other.code())))
        .isInstanceOfSatisfying(
            ValidationProblem.class,
            problem ->
                assertThat(problem.errors())
                    .extracting(FieldMessage::field)
                    .containsExactly("areas"));
  }

  /** A new authority with a code no other has. */
  private LocalAuthoritySummary newAuthority(String name) {
    Set<String> taken =
        organisations.authorities().stream()
            .map(LocalAuthoritySummary::code)
            .collect(Collectors.toSet());
    String code =
        IntStream.rangeClosed(100, 999)
            .mapToObj(String::valueOf)
            .filter(candidate -> !taken.contains(candidate))
            .findFirst()
            .orElseThrow();
    return organisations.createAuthority(new AuthorityDetails(name, code), UUID.randomUUID());
  }

  private static ServiceInput club(String name, String... areas) {
    return new ServiceInput(
        name,
        "A club for children with hearing loss.",
        null,
        SupportKind.SUPPORT_GROUP,
        List.of("HI"),
        areas.length == 0 ? List.of("ZZ9") : List.of(areas),
        List.of("BSL"),
        "0113 496 0998",
        null,
        null,
        null,
        null,
        null,
        true,
        true,
        null);
  }
}
