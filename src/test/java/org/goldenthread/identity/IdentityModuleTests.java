package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * Identity with only what it depends on: a role granted and a reset link asked for are announced,
 * so that the audit log records them and the person gets their email.
 */
// web, for the clock: Spring Modulith follows only the beans a module injects, and the Clock
// that identity injects is a java.time type, so web is not found as a dependency on its own.
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "web"})
@ActiveProfiles("test")
class IdentityModuleTests {

  @Autowired Accounts accounts;
  @Autowired PasswordResets resets;

  @Test
  void grantingARolePublishesRoleGrantedOnceWithWhoGrantedIt(Scenario scenario) {
    String email = "granted." + UUID.randomUUID() + "@fresh.example";
    UUID school = UUID.randomUUID();

    scenario
        .stimulate(
            () ->
                accounts.createOrGrant(
                    email, "Gina Granted", "a-long-enough-passphrase", Role.TEACHER, school))
        .andWaitForEventOfType(RoleGranted.class)
        .matching(granted -> granted.email().equals(email))
        .toArriveAndVerify(
            (granted, account) -> {
              assertThat(granted.userId()).isEqualTo(account.id());
              assertThat(granted.name()).isEqualTo("Gina Granted");
              assertThat(granted.role()).isEqualTo(Role.TEACHER);
              assertThat(granted.organisationId()).isEqualTo(school);
              assertThat(granted.grantedById()).as("nobody signed in: Golden Thread").isNull();
              assertThat(account.organisationsWhere(Role.TEACHER)).containsExactly(school);
            });
  }

  @Test
  void askingForAResetLinkPublishesItForThatAccountOnly(Scenario scenario) {
    String email = "forgot." + UUID.randomUUID() + "@fresh.example";
    CurrentUser account =
        accounts.createOrGrant(email, "Fran Forgot", "a-long-enough-passphrase", Role.PARENT, null);

    scenario
        .stimulate(() -> resets.request(email.toUpperCase(java.util.Locale.ROOT)))
        .andWaitForEventOfType(PasswordResetRequested.class)
        .matching(requested -> requested.userId().equals(account.id()))
        .toArriveAndVerify(
            requested -> {
              assertThat(requested.email()).isEqualTo(email);
              assertThat(requested.name()).isEqualTo("Fran Forgot");
              assertThat(requested.link()).contains("?token=");
              assertThat(requested.expiresAt()).isAfter(Instant.now());
              assertThat(requested.toString()).doesNotContain(requested.link());
            });
  }
}
