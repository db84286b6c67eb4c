package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.goldenthread.IntegrationTest;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A {@code PUT} changes only the fields it carries, with the version read: the team member and the
 * family's context keep whatever a request leaves out.
 */
@IntegrationTest
class PartialPutsTests {

  static final AtomicLong serials = new AtomicLong(System.nanoTime() % 100_000 + 700_000);

  @LocalServerPort int port;
  @Autowired Organisations organisations;

  ApiClient api;
  String senco;
  String child;

  @BeforeEach
  void aFreshChild() {
    api = new ApiClient(port);
    senco = api.tokenFor("senco@riverside.example");
    UUID riverside =
        organisations.schools().stream()
            .filter(s -> s.urn().equals("900001"))
            .findFirst()
            .orElseThrow()
            .id();
    ApiClient.Response created =
        api.post(
            "/api/v1/children",
            senco,
            "{\"givenName\":\"Ada\",\"familyName\":\"Partial\",\"dateOfBirth\":\"2014-02-01\","
                + "\"upn\":\""
                + UpnTests.valid(serials.incrementAndGet())
                + "\",\"schoolId\":\""
                + riverside
                + "\",\"yearGroup\":7,\"senStatus\":\"K\",\"primaryNeed\":\"SLCN\",\"homeLanguages\":[\"ENG\"]}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    child = "/api/v1/children/" + created.json().get("id").asString();
  }

  @Test
  void aTeamMemberKeepsWhatAPutLeavesOut() {
    JsonNode added =
        api.post(
                child + "/team",
                senco,
                "{\"name\":\"Kay Lowe\",\"role\":\"TEACHING_ASSISTANT\",\"organisation\":\"Riverside"
                    + " Academy\",\"startOn\":\"2026-09-01\",\"endOn\":\"2027-07-20\","
                    + "\"commitment\":\"Reads with Ada daily\"}")
            .json();
    String member = child + "/team/" + added.get("id").asString();

    ApiClient.Response changed =
        api.send(
            "PUT",
            member,
            senco,
            "{\"commitment\":\"Reads with Ada twice a day\",\"version\":"
                + added.get("version")
                + "}");

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    JsonNode now = changed.json();
    assertThat(now.get("commitment").asString()).isEqualTo("Reads with Ada twice a day");
    assertThat(now.get("name").asString()).isEqualTo("Kay Lowe");
    assertThat(now.get("role").asString()).isEqualTo("TEACHING_ASSISTANT");
    assertThat(now.get("organisation").asString()).isEqualTo("Riverside Academy");
    assertThat(now.get("startOn").asString()).isEqualTo("2026-09-01");
    assertThat(now.get("endOn").asString()).isEqualTo("2027-07-20");

    ApiClient.Response noVersion =
        api.send("PUT", member, senco, "{\"commitment\":\"Something else\"}");
    assertThat(noVersion.status()).isEqualTo(400);
    assertThat(noVersion.json().get("errors").toString()).contains("\"version\"");
  }

  @Test
  void theFamilysContextKeepsWhatAPutLeavesOutAndNeedsTheVersion() {
    ApiClient.Response noVersion =
        api.send("PUT", child + "/family/context", senco, "{\"culture\":\"Welsh speaking\"}");
    assertThat(noVersion.status()).isEqualTo(400);
    assertThat(noVersion.json().get("errors").toString()).contains("\"version\"");

    ApiClient.Response first =
        api.send(
            "PUT",
            child + "/family/context",
            senco,
            "{\"culture\":\"Welsh speaking\",\"version\":0}");
    assertThat(first.status()).as(first.body()).isEqualTo(200);

    ApiClient.Response second =
        api.send(
            "PUT",
            child + "/family/context",
            senco,
            "{\"religion\":\"Quaker\",\"version\":" + first.json().get("version") + "}");

    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.json().get("culture").asString()).isEqualTo("Welsh speaking");
    assertThat(second.json().get("religion").asString()).isEqualTo("Quaker");
  }
}
