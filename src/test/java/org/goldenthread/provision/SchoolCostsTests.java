package org.goldenthread.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A school's SENCO sets the costs of an hour of support on a page and through the API; its teachers
 * read them; other schools' staff and parents never see them; a stale save changes nothing.
 */
@IntegrationTest
class SchoolCostsTests {

  static final String BROOK_SENCO = "senco@brook.example";

  @LocalServerPort int port;
  @Autowired CostRates costRates;
  @Autowired Accounts accounts;
  @Autowired Organisations organisations;

  @AfterEach
  void backToTheStandardCosts() {
    for (DelivererRole role : DelivererRole.values()) {
      costRates.setRate(accounts.findByEmail(BROOK_SENCO).orElseThrow(), brook(), role, null);
    }
  }

  @Test
  void theSencoSetsACostOnThePageAndTheHomeLinksToIt() {
    PageSession senco = new PageSession(port);
    Page home = senco.signIn(BROOK_SENCO, ApiClient.DEMO_PASSWORD);
    String path = "/schools/" + brook() + "/cost-rates";
    assertThat(home.document().select("#school-costs a").attr("href")).isEqualTo(path);

    Page form = senco.get(path);
    assertThat(form.document().select("h1").text())
        .isEqualTo("Costs of an hour of support at Brook Primary School");
    assertThat(form.document().select("#teachingAssistant-hint").text())
        .isEqualTo("Leave empty for the standard £20.00");

    Page saved = senco.submit(form, "main form", Map.of("teachingAssistant", "£22.50"));
    assertThat(saved.status()).isEqualTo(302);
    Page after = senco.get(saved.location());
    assertThat(after.document().select(".govuk-notification-banner").text())
        .contains("The costs of support at Brook Primary School are saved");
    assertThat(after.document().select("tbody tr").first().text())
        .isEqualTo("Teaching assistant £22.50 Set by your school");
    assertThat(costRates.rates(brook()).pencePerHour(DelivererRole.TEACHING_ASSISTANT))
        .isEqualTo(2250);
  }

  @Test
  void aCostThatIsNotAnAmountIsRefusedBesideItsBoxAndNothingChanges() {
    PageSession senco = new PageSession(port);
    senco.signIn(BROOK_SENCO, ApiClient.DEMO_PASSWORD);
    Page form = senco.get("/schools/" + brook() + "/cost-rates");
    Page refused =
        senco.submit(
            form, "main form", Map.of("teacher", "forty", "therapist", "2000", "other", "31"));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().title()).startsWith("Error:");
    assertThat(refused.document().select("#teacher-error").text())
        .contains("Enter the cost of an hour in pounds, like 22.50");
    assertThat(refused.document().select("#therapist-error").text())
        .contains("Enter a cost per hour from £0 to £1,000");
    assertThat(refused.document().select("#other").val()).isEqualTo("31");
    assertThat(costRates.rates(brook()).pencePerHour(DelivererRole.OTHER)).isNull();
  }

  @Test
  void aSaveMadeFromAnOldPageShowsTheCostsSavedSinceAndWhatWasTyped() {
    PageSession senco = new PageSession(port);
    senco.signIn(BROOK_SENCO, ApiClient.DEMO_PASSWORD);
    Page old = senco.get("/schools/" + brook() + "/cost-rates");
    costRates.setRate(
        accounts.findByEmail(BROOK_SENCO).orElseThrow(), brook(), DelivererRole.TEACHER, 5000);

    Page conflict = senco.submit(old, "main form", Map.of("teacher", "48"));
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.document().select(".govuk-error-summary").text())
        .contains("Someone else changed these costs");
    assertThat(conflict.document().select("#teacher").val()).isEqualTo("50.00");
    assertThat(conflict.document().select("#your-changes").text()).contains("Teacher 48");
    assertThat(costRates.rates(brook()).pencePerHour(DelivererRole.TEACHER)).isEqualTo(5000);
  }

  @Test
  void theApiAnswersTheSchoolsStaffOnlyAndRefusesAStaleVersion() {
    ApiClient api = new ApiClient(port);
    String path = "/api/v1/schools/" + brook() + "/cost-rates";
    String token = api.tokenFor(BROOK_SENCO);
    ApiClient.Response costs = api.get(path, token);
    assertThat(costs.status()).isEqualTo(200);
    assertThat(costs.json().get("rates").get(0).get("role").asString())
        .isEqualTo("TEACHING_ASSISTANT");
    assertThat(costs.json().get("rates").get(0).get("perHour").decimalValue())
        .isEqualByComparingTo("20.00");
    long version = costs.json().get("version").asLong();

    ApiClient.Response set =
        api.send(
            "PUT",
            path,
            token,
            "{\"version\":" + version + ",\"rates\":[{\"role\":\"THERAPIST\",\"perHour\":65.5}]}");
    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().get("rates").get(2).get("perHour").decimalValue())
        .isEqualByComparingTo("65.50");
    assertThat(set.json().get("rates").get(2).get("schoolSet").asBoolean()).isTrue();

    ApiClient.Response stale =
        api.send(
            "PUT",
            path,
            token,
            "{\"version\":" + version + ",\"rates\":[{\"role\":\"THERAPIST\",\"perHour\":70}]}");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(costRates.rates(brook()).pencePerHour(DelivererRole.THERAPIST)).isEqualTo(6550);

    for (String outsider : new String[] {"senco@riverside.example", "parent@example.org"}) {
      assertThat(api.get(path, api.tokenFor(outsider)).status()).isEqualTo(404);
    }
  }

  private UUID brook() {
    return organisations.schools().stream()
        .filter(s -> s.urn().equals("900002"))
        .findFirst()
        .orElseThrow()
        .id();
  }
}
