package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

/**
 * The plan as it stood on a date, from its stored history. The app's one clock is replaced, in this
 * class's own context only, by one the test moves on by days, so that changes happen on different
 * days.
 */
@IntegrationTest
class PlanHistoryApiTests {

  static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  static final MutableClock CLOCK = new MutableClock(Instant.now(), ENGLAND);

  @TestBean Clock clock;

  static Clock clock() {
    return CLOCK;
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void thePlanOnADayBeforeAChangeAnswersTheEarlierText() {
    PlanFixtures.Fresh child = new PlanFixtures(context).child();
    String plan = "/api/v1/children/" + child.id() + "/plan";
    String senco = api.tokenFor(PlanFixtures.SENCO);
    LocalDate firstDay = LocalDate.now(CLOCK);

    JsonNode need =
        api.post(
                plan + "/needs",
                senco,
                "{\"text\":\"Needs time to find her words\","
                    + "\"area\":\"COMMUNICATION_AND_INTERACTION\"}")
            .json();
    String needId = need.get("id").asString();

    CLOCK.advance(Duration.ofDays(3));
    senco = api.tokenFor(PlanFixtures.SENCO);
    LocalDate changeDay = LocalDate.now(CLOCK);
    assertThat(
            api.send(
                    "PUT",
                    plan + "/needs/" + needId,
                    senco,
                    "{\"text\":\"Needs time and pictures to find her words\","
                        + "\"area\":\"COMMUNICATION_AND_INTERACTION\",\"version\":"
                        + need.get("version").asLong()
                        + "}")
                .status())
        .isEqualTo(200);
    String outcome =
        api.post(
                plan + "/outcomes",
                senco,
                "{\"text\":\"Answers a question in class\",\"needIds\":[\"" + needId + "\"]}")
            .json()
            .get("id")
            .asString();

    JsonNode before = api.get(plan + "/history?at=" + changeDay.minusDays(1), senco).json();
    assertThat(before.get("asOf").asString()).isEqualTo(changeDay.minusDays(1).toString());
    assertThat(before.get("needs")).hasSize(1);
    assertThat(before.get("needs").get(0).get("text").asString())
        .isEqualTo("Needs time to find her words");
    assertThat(before.get("needs").get(0).get("outcomeIds").isEmpty()).isTrue();
    assertThat(before.get("outcomes").isEmpty()).isTrue();
    assertThat(before.get("version").asLong()).isEqualTo(1);
    assertThat(before.get("breaks").get(0).get("kind").asString())
        .isEqualTo("NEED_WITHOUT_OUTCOME");

    JsonNode after = api.get(plan + "/history?at=" + changeDay, senco).json();
    assertThat(after.get("needs").get(0).get("text").asString())
        .isEqualTo("Needs time and pictures to find her words");
    assertThat(after.get("needs").get(0).get("outcomeIds").get(0).asString()).isEqualTo(outcome);
    assertThat(after.get("outcomes")).hasSize(1);
    assertThat(after.get("version").asLong()).isEqualTo(3);

    assertThat(api.get(plan + "/history?at=" + firstDay.minusDays(1), senco).json().get("needs"))
        .isEmpty();

    CLOCK.advance(Duration.ofDays(2));
    senco = api.tokenFor(PlanFixtures.SENCO);
    api.send("DELETE", plan + "/outcomes/" + outcome, senco, null);
    assertThat(api.get(plan + "/history?at=" + changeDay, senco).json().get("outcomes"))
        .as("a removal does not rewrite the past")
        .hasSize(1);
    assertThat(api.get(plan, senco).json().get("outcomes")).isEmpty();

    JsonNode changes = api.get(plan + "/needs/" + needId + "/history", senco).json();
    assertThat(changes.get("total").asInt()).isEqualTo(4);
    assertThat(changes.get("items").findValuesAsString("change"))
        .containsExactly("LINKS_CHANGED", "LINKS_CHANGED", "CHANGED", "ADDED");
  }
}
