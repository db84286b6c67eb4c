package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuthApiTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void aDemoAccountGetsATokenThatMeAccepts() {
    ApiClient.Response created =
        api.post(
            "/api/v1/auth/tokens",
            null,
            "{\"email\":\"senco@riverside.example\",\"password\":\"thread-demo-2026\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("token").asString()).isNotBlank();
    assertThat(created.json().get("expiresAt").asString()).endsWith("Z");

    ApiClient.Response me = api.get("/api/v1/me", created.json().get("token").asString());
    assertThat(me.status()).isEqualTo(200);
    JsonNode body = me.json();
    assertThat(body.get("email").asString()).isEqualTo("senco@riverside.example");
    assertThat(body.get("name").asString()).isEqualTo("Helen Carter");
    assertThat(body.get("id").asString()).isNotBlank();
    assertThat(body.get("roles").toString()).contains("SENCO");
  }

  @Test
  void meNamesTheOrganisationOfStaffAndNoneForFamilies() {
    JsonNode senco = api.get("/api/v1/me", api.tokenFor("senco@riverside.example")).json();
    assertThat(senco.get("organisationKind").asString()).isEqualTo("SCHOOL");
    assertThat(java.util.UUID.fromString(senco.get("organisationId").asString())).isNotNull();

    JsonNode officer = api.get("/api/v1/me", api.tokenFor("officer@northshire.example")).json();
    assertThat(officer.get("organisationKind").asString()).isEqualTo("LOCAL_AUTHORITY");
    assertThat(officer.get("organisationId").asString()).isNotBlank();

    JsonNode therapist = api.get("/api/v1/me", api.tokenFor("salt@salt.example")).json();
    assertThat(therapist.get("organisationKind").asString()).isEqualTo("SERVICE");

    JsonNode parent = api.get("/api/v1/me", api.tokenFor("parent@example.org")).json();
    assertThat(
            parent.path("organisationId").isMissingNode() || parent.get("organisationId").isNull())
        .isTrue();
    assertThat(
            parent.path("organisationKind").isMissingNode()
                || parent.get("organisationKind").isNull())
        .isTrue();
  }

  @Test
  void everyDemoAccountCanSignIn() {
    for (String email :
        new String[] {
          "admin@goldenthread.example",
          "officer@northshire.example",
          "senco@riverside.example",
          "teacher@riverside.example",
          "senco@brook.example",
          "ep@eps.example",
          "salt@salt.example",
          "parent@example.org",
          "other.parent@example.org"
        }) {
      assertThat(api.get("/api/v1/me", api.tokenFor(email)).status()).as(email).isEqualTo(200);
    }
  }

  @Test
  void aWrongPasswordIs401ProblemWithoutSayingWhichPartWasWrong() {
    ApiClient.Response wrongPassword =
        api.post(
            "/api/v1/auth/tokens",
            null,
            "{\"email\":\"teacher@riverside.example\",\"password\":\"not-the-password\"}");
    ApiClient.Response noSuchAccount =
        api.post(
            "/api/v1/auth/tokens",
            null,
            "{\"email\":\"nobody@riverside.example\",\"password\":\"not-the-password\"}");
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
    assertThat(wrongPassword.json().get("status").asInt()).isEqualTo(401);
    assertThat(wrongPassword.json().get("title").asString()).isNotBlank();
    assertThat(noSuchAccount.status()).isEqualTo(401);
    assertThat(noSuchAccount.json().get("detail")).isEqualTo(wrongPassword.json().get("detail"));
  }

  @Test
  void missingFieldsAre400WithAnErrorPerField() {
    ApiClient.Response response = api.post("/api/v1/auth/tokens", null, "{}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("errors").toString()).contains("\"email\"", "\"password\"");
  }

  @Test
  void malformedJsonIs400Problem() {
    ApiClient.Response response = api.post("/api/v1/auth/tokens", null, "{not json");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void repeatedFailuresAreThrottledEvenWithTheRightPasswordAfterwards() {
    accounts.createOrGrant(
        "throttle.me@example.org", "Throttle Test", "kettle-harbour-violet-29", Role.PARENT, null);
    String wrong = "{\"email\":\"throttle.me@example.org\",\"password\":\"wrong-password-1\"}";
    for (int i = 0; i < SignInThrottle.MAX_ATTEMPTS_PER_PAIR; i++) {
      assertThat(api.post("/api/v1/auth/tokens", null, wrong).status()).isEqualTo(401);
    }
    ApiClient.Response throttled =
        api.post(
            "/api/v1/auth/tokens",
            null,
            "{\"email\":\"throttle.me@example.org\",\"password\":\"kettle-harbour-violet-29\"}");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.contentType()).startsWith("application/problem+json");
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void aRevokedTokenNoLongerWorks() {
    String token = api.tokenFor("ep@eps.example");
    assertThat(api.send("DELETE", "/api/v1/auth/tokens/current", token, null).status())
        .isEqualTo(204);
    ApiClient.Response after = api.get("/api/v1/me", token);
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.contentType()).startsWith("application/problem+json");
  }

  @Test
  void withoutOrWithABadTokenTheApiAnswers401Problem() {
    assertThat(api.get("/api/v1/me", null).status()).isEqualTo(401);
    ApiClient.Response bad = api.get("/api/v1/me", "made-up-token");
    assertThat(bad.status()).isEqualTo(401);
    assertThat(bad.contentType()).startsWith("application/problem+json");
  }

  @Test
  void unknownRoutesAndWrongMethodsAreProblemsToo() {
    String token = api.tokenFor("teacher@riverside.example");
    ApiClient.Response unknown = api.get("/api/v1/no-such-thing", token);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    ApiClient.Response wrongMethod = api.send("PUT", "/api/v1/me", token, "{}");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    ApiClient.Response docs = api.get("/v3/api-docs", null);
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/v1/auth/tokens", "/api/v1/me");
  }
}
