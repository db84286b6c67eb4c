package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Sarah's demo team around the worker: her lead professional's joint visit, answered and resolved,
 * and her request for supervision, open and on the SENCO's home; loading again adds nothing.
 */
@IntegrationTest
class DemoWorkerSupportTests {

  @LocalServerPort int port;
  @Autowired DemoWorkerSupport loader;
  @Autowired Clock clock;
  ApiClient api;
  String senco;
  String sarah;

  @BeforeEach
  void findSarah() {
    api = new ApiClient(port);
    senco = api.tokenFor("senco@riverside.example");
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
  void aJointVisitAnsweredAndResolvedAndASupervisionRequestOpenOnTheSencosHome() {
    String base = "/api/v1/children/" + sarah + "/support-requests";
    JsonNode list = api.get(base, senco).json();
    assertThat(list.get("total").asLong()).isEqualTo(2);
    JsonNode open = list.get("items").get(0);
    JsonNode visit = list.get("items").get(1);
    assertThat(open.get("kind").asString()).isEqualTo("SUPERVISION");
    assertThat(open.get("status").asString()).isEqualTo("OPEN");
    LocalDate askedOn = LocalDate.parse(open.get("askedOn").asString());
    assertThat(visit.get("kind").asString()).isEqualTo("JOINT_VISIT");
    assertThat(visit.get("status").asString()).isEqualTo("RESOLVED");
    JsonNode thread = api.get(base + "/" + visit.get("id").asString(), senco).json();
    assertThat(thread.get("replies").get(0).get("writtenByName").asString())
        .isEqualTo("Fiona Walsh");

    loader.load();
    assertThat(api.get(base, senco).json().get("total").asLong()).isEqualTo(2);

    PageSession session = new PageSession(port);
    session.signIn("senco@riverside.example", ApiClient.DEMO_PASSWORD);
    Document home = session.get("/").document();
    assertThat(home.select("#support-requests").text())
        .contains(
            "Sarah Bennett: Sarah's worries at lunchtime",
            "waiting " + ChronoUnit.DAYS.between(askedOn, LocalDate.now(clock)) + " days");
    assertThat(api.get(base, api.tokenFor("parent@example.org")).status()).isEqualTo(404);
  }
}
