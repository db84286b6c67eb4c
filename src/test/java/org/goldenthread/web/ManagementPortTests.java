package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code management.server.port} set, health, the probes and Prometheus metrics answer there
 * without sign-in, and nothing else of the actuator exists; on the public port every {@code
 * /actuator} address is a 404, signed in or not.
 */
@IntegrationTest
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;

  @Test
  void healthAndProbesAnswerOnTheManagementPortWithoutSignIn() {
    PageSession.Page health = management().get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    JsonNode body = JSON.readTree(health.body());
    assertThat(body.get("status").asString()).isEqualTo("UP");
    assertThat(body.get("components").get("db").get("status").asString()).isEqualTo("UP");
    assertThat(body.get("components").get("db").get("details").get("database").asString())
        .isEqualTo("PostgreSQL");
    assertThat(health.body()).doesNotContain("@", "password", "Sarah");
    assertThat(management().get("/actuator/health/liveness").body()).contains("\"UP\"");
    assertThat(management().get("/actuator/health/readiness").body()).contains("\"UP\"");
  }

  @Test
  void prometheusShowsRequestTimingsByRouteAndThePool() {
    ApiClient api = new ApiClient(port);
    String token = api.tokenFor("senco@riverside.example");
    String childId = sarahsId(api, token);
    PageSession senco = new PageSession(port);
    senco.signIn("senco@riverside.example", ApiClient.DEMO_PASSWORD);
    assertThat(senco.get("/children/" + childId + "/reviews").status()).isEqualTo(200);
    assertThat(api.get("/api/v1/children/" + childId, token).status()).isEqualTo(200);

    PageSession.Page metrics = management().get("/actuator/prometheus");

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("http_server_requests_seconds_count{")
        .contains("uri=\"/children/{childId}/reviews\"")
        .contains("uri=\"/api/v1/children/{childId}\"")
        .contains("http_server_requests_seconds_bucket{")
        .contains("hikaricp_connections_active{")
        .contains("hikaricp_connections_max{")
        .doesNotContain(childId);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/actuator/env",
        "/actuator/configprops",
        "/actuator/beans",
        "/actuator/heapdump",
        "/actuator/threaddump",
        "/actuator/loggers",
        "/actuator/mappings",
        "/actuator/metrics",
        "/actuator/shutdown"
      })
  void nothingElseOfTheActuatorExists(String path) {
    assertThat(management().get(path).status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/actuator", "/actuator/health", "/actuator/prometheus"})
  void thePublicPortAnswersNotFoundToSomeoneSignedOut(String path) {
    PageSession.Page answer = new PageSession(port).get(path);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain("\"UP\"", "http_server_requests");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/actuator", "/actuator/health", "/actuator/prometheus"})
  void thePublicPortAnswersNotFoundToTheAdministrator(String path) {
    PageSession admin = new PageSession(port);
    admin.signIn("admin@goldenthread.example", ApiClient.DEMO_PASSWORD);

    PageSession.Page answer = admin.get(path);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain("\"UP\"", "http_server_requests");
  }

  private PageSession management() {
    return new PageSession(managementPort);
  }

  private static String sarahsId(ApiClient api, String token) {
    for (JsonNode child : api.get("/api/v1/children?size=200", token).json().get("items")) {
      if ("Sarah".equals(child.get("givenName").asString())) {
        return child.get("id").asString();
      }
    }
    throw new IllegalStateException("Sarah is not among the demo children");
  }
}
