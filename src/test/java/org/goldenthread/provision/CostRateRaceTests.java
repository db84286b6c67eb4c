package org.goldenthread.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10, rule 7, for a school's costs of an hour: two saves at the same moment (through the API
 * or the page) give one success and one conflict, never a 500, even when each changes a different
 * role; what is saved is the winner's alone; a teacher, who may read the costs but not set them, is
 * refused (403) and nothing changes.
 */
@IntegrationTest
class CostRateRaceTests {

  static final String BROOK_SENCO = "senco@brook.example";

  @LocalServerPort int port;
  @Autowired CostRates costRates;
  @Autowired Accounts accounts;
  @Autowired Organisations organisations;
  ApiClient api;
  String path;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    path = "/api/v1/schools/" + brook() + "/cost-rates";
  }

  @AfterEach
  void backToTheStandardCosts() {
    for (DelivererRole role : DelivererRole.values()) {
      costRates.setRate(accounts.findByEmail(BROOK_SENCO).orElseThrow(), brook(), role, null);
    }
  }

  @Test
  void twoSavesOfDifferentRolesAtOnceGiveOneSuccessAndOneConflict() {
    String senco = api.tokenFor(BROOK_SENCO);
    long version = api.get(path, senco).json().get("version").asLong();
    List<ApiClient.Response> answers =
        AtOnce.run(
            () -> set(senco, version, "TEACHER", "50"),
            () -> set(senco, version, "THERAPIST", "70"));
    assertThat(answers).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409);
    ApiClient.Response conflict =
        answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
    assertThat(conflict.contentType()).startsWith("application/problem+json");
    CostRateTable now = costRates.rates(brook());
    if (answers.get(0).status() == 200) {
      assertThat(now.pencePerHour(DelivererRole.TEACHER)).isEqualTo(5000);
      assertThat(now.pencePerHour(DelivererRole.THERAPIST)).as("the loser's").isEqualTo(6000);
    } else {
      assertThat(now.pencePerHour(DelivererRole.THERAPIST)).isEqualTo(7000);
      assertThat(now.pencePerHour(DelivererRole.TEACHER)).as("the loser's").isEqualTo(4500);
    }
  }

  @Test
  void twoFirstSettingsOfTheSameRoleAtOnceGiveOneSuccessAndOneConflict() {
    String senco = api.tokenFor(BROOK_SENCO);
    long version = api.get(path, senco).json().get("version").asLong();
    List<ApiClient.Response> answers =
        AtOnce.run(
            () -> set(senco, version, "OTHER", "31"), () -> set(senco, version, "OTHER", "32"));
    assertThat(answers).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409);
    assertThat(costRates.rates(brook()).pencePerHour(DelivererRole.OTHER))
        .isEqualTo(answers.get(0).status() == 200 ? 3100 : 3200);
  }

  @Test
  void twoSavesOnThePageAtOnceShowTheConflictToOne() {
    PageSession first = new PageSession(port);
    first.signIn(BROOK_SENCO, ApiClient.DEMO_PASSWORD);
    PageSession second = new PageSession(port);
    second.signIn(BROOK_SENCO, ApiClient.DEMO_PASSWORD);
    Page firstForm = first.get("/schools/" + brook() + "/cost-rates");
    Page secondForm = second.get("/schools/" + brook() + "/cost-rates");
    List<Page> answers =
        AtOnce.run(
            () -> first.submit(firstForm, "main form", Map.of("teacher", "48")),
            () -> second.submit(secondForm, "main form", Map.of("teachingAssistant", "23")));
    assertThat(answers).extracting(Page::status).containsExactlyInAnyOrder(302, 200);
    Page conflict = answers.stream().filter(p -> p.status() == 200).findFirst().orElseThrow();
    assertThat(conflict.document().select(".govuk-error-summary").text())
        .contains("Someone else changed these costs");
    CostRateTable now = costRates.rates(brook());
    if (conflict == answers.get(1)) {
      assertThat(now.pencePerHour(DelivererRole.TEACHER)).isEqualTo(4800);
      assertThat(now.pencePerHour(DelivererRole.TEACHING_ASSISTANT)).isEqualTo(2000);
    } else {
      assertThat(now.pencePerHour(DelivererRole.TEACHING_ASSISTANT)).isEqualTo(2300);
      assertThat(now.pencePerHour(DelivererRole.TEACHER)).isEqualTo(4500);
    }
  }

  @Test
  void aTeacherMayReadTheCostsButASaveIsRefusedAndChangesNothing() {
    String email = "brook.teacher." + UUID.randomUUID() + "@example.org";
    accounts.createOrGrant(email, "Ben Brook", ApiClient.DEMO_PASSWORD, Role.TEACHER, brook());
    String teacher = api.tokenFor(email);
    ApiClient.Response read = api.get(path, teacher);
    assertThat(read.status()).isEqualTo(200);
    ApiClient.Response refused = set(teacher, read.json().get("version").asLong(), "TEACHER", "99");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(costRates.rates(brook()).pencePerHour(DelivererRole.TEACHER)).isEqualTo(4500);

    PageSession page = new PageSession(port);
    Page home = page.signIn(email, ApiClient.DEMO_PASSWORD);
    home.document()
        .selectFirst("form.app-signed-in__form")
        .attr("action", "/schools/" + brook() + "/cost-rates");
    Page forged =
        page.submit(
            home,
            "form.app-signed-in__form",
            Map.of("teacher", "99", "version", read.json().get("version").asString()));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(costRates.rates(brook()).pencePerHour(DelivererRole.TEACHER)).isEqualTo(4500);
  }

  private ApiClient.Response set(String token, long version, String role, String pounds) {
    return api.send(
        "PUT",
        path,
        token,
        "{\"version\":"
            + version
            + ",\"rates\":[{\"role\":\""
            + role
            + "\",\"perHour\":"
            + pounds
            + "}]}");
  }

  private UUID brook() {
    return organisations.schools().stream()
        .filter(s -> s.urn().equals("900002"))
        .findFirst()
        .orElseThrow()
        .id();
  }
}
