package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Sarah's demo plan: whole along the thread but for the one break left on purpose, with the review
 * held six weeks ago.
 */
@IntegrationTest
class DemoPlanTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @LocalServerPort int port;
  @Autowired DemoPlan loader;
  ApiClient api;
  String senco;
  String sarah;

  @BeforeEach
  void findSarah() {
    api = new ApiClient(port);
    senco = api.tokenFor(DemoPlan.SENCO);
    sarah =
        api.get("/api/v1/children?size=200", senco)
            .json()
            .get("items")
            .valueStream()
            .filter(c -> c.get("upn").asString().equals(DemoChildren.SARAH_UPN))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asString();
  }

  @Test
  void sarahsPlanHasOneBreakOnPurposeAndOneReview() {
    JsonNode plan = api.get("/api/v1/children/" + sarah + "/plan", senco).json();

    assertThat(plan.get("aspirations")).hasSize(1);
    assertThat(plan.get("aspirations").get(0).get("voice").asString()).isEqualTo("CHILD");
    assertThat(plan.get("needs").findValuesAsString("area"))
        .containsExactly("COMMUNICATION_AND_INTERACTION", "SEMH");
    assertThat(plan.get("outcomes")).hasSize(3);
    LocalDate sixteen = LocalDate.of(2013, 3, 14).plusYears(16);
    assertThat(plan.get("outcomes").get(0).get("targetDate").asString())
        .isEqualTo(sixteen.toString());
    assertThat(plan.get("outcomes").get(1).get("targetDate").asString())
        .isEqualTo(sixteen.toString());
    JsonNode speakingUp = plan.get("outcomes").get(2);
    assertThat(speakingUp.get("text").asString()).contains("speaks up in class");
    assertThat(plan.get("breaks")).hasSize(1);
    assertThat(plan.get("breaks").get(0).get("kind").asString())
        .isEqualTo("OUTCOME_WITHOUT_PROVISION");
    assertThat(plan.get("breaks").get(0).get("itemId").asString())
        .isEqualTo(speakingUp.get("id").asString());

    assertThat(plan.get("provisions").findValuesAsString("weeklyMinutes"))
        .containsExactly("60", "30", "90", "30", "30");
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    for (JsonNode p : plan.get("provisions")) {
      assertThat(p.get("annualCost").decimalValue()).isPositive();
      total = total.add(p.get("annualCost").decimalValue());
    }
    for (JsonNode p : plan.get("provisions")) {
      assertThat(p.get("annualCost").decimalValue())
          .as("no one provision is most of the cost: %s", p.get("description"))
          .isLessThan(total.divide(java.math.BigDecimal.valueOf(2)));
    }
    assertThat(plan.get("strategies").findValuesAsString("usedAt"))
        .containsExactlyInAnyOrder("HOME", "SCHOOL", "BOTH");
    assertThat(plan.get("outcomes").get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(plan.get("participation").asString()).isEqualTo("ENGAGED");

    LocalDate reviewed = TODAY.minusWeeks(6);
    JsonNode before =
        api.get("/api/v1/children/" + sarah + "/plan/history?at=" + reviewed.minusDays(1), senco)
            .json();
    assertThat(before.get("aspirations"))
        .as("the plan's history starts before its review")
        .hasSize(1);
    assertThat(before.get("outcomes")).hasSize(2);

    JsonNode reviews = api.get("/api/v1/children/" + sarah + "/reviews", senco).json();
    assertThat(reviews.get("total").asInt()).isEqualTo(1);
    JsonNode review = reviews.get("items").get(0);
    assertThat(LocalDate.parse(review.get("heldOn").asString()))
        .isBetween(TODAY.minusWeeks(7), TODAY.minusWeeks(5));
    assertThat(LocalDate.parse(review.get("nextReviewOn").asString())).isAfter(TODAY);
    assertThat(review.get("decision").asString()).isEqualTo("CONTINUE");
    assertThat(review.get("progress").findValuesAsString("outcomeId"))
        .as("the review looked at the two outcomes agreed before it")
        .containsExactlyInAnyOrder(
            plan.get("outcomes").get(0).get("id").asString(),
            plan.get("outcomes").get(1).get("id").asString());
    assertThat(review.get("parentView").asString()).isNotBlank();
    assertThat(review.get("childView").asString()).isNotBlank();

    JsonNode asParent =
        api.get("/api/v1/children/" + sarah + "/reviews", api.tokenFor(DemoPlan.PARENT)).json();
    assertThat(asParent.get("total").asInt()).as("her mother reads it").isEqualTo(1);
  }

  @Test
  void loadingAgainChangesNothing() {
    long version =
        api.get("/api/v1/children/" + sarah + "/plan", senco).json().get("version").asLong();
    loader.load();
    assertThat(api.get("/api/v1/children/" + sarah + "/plan", senco).json().get("version").asLong())
        .isEqualTo(version);
    assertThat(api.get("/api/v1/children/" + sarah + "/reviews", senco).json().get("total").asInt())
        .isEqualTo(1);
  }
}
