package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document is the contract a client is generated from (issue 19): it is the one
 * committed in {@value #COMMITTED}, from which the build generates the Java client of {@code
 * GeneratedClientTests}, and it describes the API the way a generator needs.
 */
@IntegrationTest
class ApiContractTests {

  static final String COMMITTED = "src/main/openapi/golden-thread.json";
  static final String SERVED = "target/openapi/golden-thread.json";

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.context.ApplicationContext context;

  JsonNode document;
  String text;

  @BeforeEach
  void served() {
    ApiClient.Response docs = new ApiClient(port).get("/v3/api-docs", null);
    assertThat(docs.status()).isEqualTo(200);
    text = docs.body();
    document = JSON.readTree(text);
  }

  @Test
  void theServedDocumentIsTheCommittedOne() throws IOException {
    Path served = Path.of(SERVED);
    Files.createDirectories(served.getParent());
    String pretty = JSON.writeValueAsString(document) + "\n";
    Files.writeString(served, pretty);
    Path committed = Path.of(COMMITTED);
    if (Boolean.getBoolean("goldenthread.openapi.refresh")) {
      Files.writeString(committed, pretty);
    }
    assertThat(Files.exists(committed)).as(COMMITTED + " is committed").isTrue();
    assertThat(JSON.readTree(Files.readString(committed)))
        .as(
            "The served OpenAPI document differs from the committed "
                + COMMITTED
                + " (the generated client is built from it). If the API changed on purpose,"
                + " refresh it: cp "
                + SERVED
                + " "
                + COMMITTED
                + " (written by this test), or run this test with"
                + " -Dgoldenthread.openapi.refresh=true, and commit it")
        .isEqualTo(document);
  }

  @Test
  void everyOperationHasAUniqueMeaningfulName() {
    List<String> names = new ArrayList<>();
    operations((path, method, operation) -> names.add(operation.path("operationId").asString()));
    assertThat(names).hasSizeGreaterThan(100).doesNotContain("").doesNotHaveDuplicates();
    assertThat(names).noneMatch(name -> name.matches(".*(_\\d+|\\d)$"));
    assertThat(names)
        .contains(
            "createToken",
            "listChildren",
            "getPlan",
            "addFamilyMember",
            "addTeamMember",
            "createMeeting",
            "getMeetingCalendar");
  }

  @Test
  void everyOperationButSigningInNeedsTheBearerTokenAndSaysSo() {
    JsonNode scheme = document.path("components").path("securitySchemes").path("bearer");
    assertThat(scheme.path("type").asString()).isEqualTo("http");
    assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
    List<String> wrong = new ArrayList<>();
    operations(
        (path, method, operation) -> {
          boolean signIn = path.equals("/api/v1/auth/tokens") && method.equals("post");
          String security = operation.path("security").toString();
          JsonNode unauthorised = operation.path("responses").path("401");
          if (signIn ? !security.equals("[]") : !security.equals("[{\"bearer\":[]}]")) {
            wrong.add(method + " " + path + " security " + security);
          }
          if (!problem(unauthorised)) {
            wrong.add(method + " " + path + " 401");
          }
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void errorsAreProblemsAndEachWriteSaysWhatItCanAnswer() {
    JsonNode problem = document.path("components").path("schemas").path("Problem");
    assertThat(problem.path("properties").propertyNames())
        .contains("type", "title", "status", "detail", "instance", "errors");
    List<String> wrong = new ArrayList<>();
    operations(
        (path, method, operation) -> {
          JsonNode responses = operation.path("responses");
          for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (response.getKey().startsWith("4") && !problem(response.getValue())) {
              wrong.add(method + " " + path + " " + response.getKey());
            }
          }
          if (path.contains("{") && !responses.has("404")) {
            wrong.add(method + " " + path + " has no 404");
          }
          if (operation.has("requestBody")) {
            for (String status : List.of("400", "413", "415")) {
              if (!responses.has(status)) {
                wrong.add(method + " " + path + " has no " + status);
              }
            }
          }
          if (method.equals("delete") && (responses.has("200") || !responses.has("204"))) {
            wrong.add(method + " " + path + " is not a 204");
          }
        });
    assertThat(wrong).isEmpty();
    JsonNode put = document.path("paths").path("/api/v1/children/{childId}/team/{memberId}");
    assertThat(put.path("put").path("responses").has("409")).isTrue();
    assertThat(put.path("put").path("responses").has("403")).isTrue();
  }

  @Test
  void nothingIsOfAnyTypeAndFilesAreBinary() {
    assertThat(text).doesNotContain("*/*");
    JsonNode calendar =
        document
            .path("paths")
            .path("/api/v1/meetings/{meetingId}/invite.ics")
            .path("get")
            .path("responses")
            .path("200")
            .path("content");
    assertThat(calendar.propertyNames()).containsExactly("text/calendar");
    assertThat(calendar.path("text/calendar").path("schema").path("format").asString())
        .isEqualTo("binary");
    JsonNode pdf =
        document
            .path("paths")
            .path("/api/v1/children/{childId}/plan/pdf")
            .path("get")
            .path("responses")
            .path("200")
            .path("content");
    assertThat(pdf.propertyNames()).containsExactly("application/pdf");
  }

  @Test
  void schemasHaveUniqueNamesTypedFieldsAndThePlanItemADiscriminator() {
    JsonNode schemas = document.path("components").path("schemas");
    assertThat(schemas.propertyNames()).contains("TeamMemberRequest", "FamilyMemberRequest");
    JsonNode item = schemas.path("PlanItem");
    assertThat(item.path("oneOf").size()).isEqualTo(5);
    assertThat(item.path("discriminator").path("propertyName").asString()).isEqualTo("kind");
    assertThat(item.path("discriminator").path("mapping").size()).isEqualTo(5);
    JsonNode child = schemas.path("ChildJson").path("properties");
    assertThat(child.path("dateOfBirth").path("format").asString()).isEqualTo("date");
    assertThat(child.path("id").path("format").asString()).isEqualTo("uuid");
    JsonNode me = schemas.path("Me").path("properties");
    assertThat(me.has("organisationId")).isTrue();
    assertThat(me.path("organisationKind").path("enum").toString())
        .isEqualTo("[\"SCHOOL\",\"LOCAL_AUTHORITY\",\"SERVICE\"]");
    JsonNode team = schemas.path("TeamMemberRequest").path("properties");
    assertThat(team.path("role").has("enum")).isTrue();
    assertThat(team.path("startOn").path("format").asString()).isEqualTo("date");
  }

  @Test
  void aValueOfTheWrongFormInATypedFieldIsA400NamingTheField() {
    ApiClient api = new ApiClient(port);
    String senco = api.tokenFor(org.goldenthread.plan.PlanFixtures.SENCO);
    String child =
        "/api/v1/children/" + new org.goldenthread.plan.PlanFixtures(context).child().id();
    assertNaming(
        api.post(
            child + "/family", senco, "{\"name\":\"Anna Kowalska\",\"relationship\":\"WIZARD\"}"),
        "relationship");
    assertNaming(
        api.post(
            child + "/plan/outcomes",
            senco,
            "{\"text\":\"Reads aloud\",\"targetDate\":\"31/07/2027\"}"),
        "targetDate");
    assertNaming(
        api.post(
            child + "/meetings",
            senco,
            "{\"kind\":\"PICNIC\",\"startsAt\":\"2027-01-12T09:30:00Z\"}"),
        "kind");
    assertNaming(
        api.post(
            child + "/team",
            senco,
            "{\"name\":\"Fiona\",\"role\":\"SENCO\"," + "\"startOn\":\"tomorrow\"}"),
        "startOn");
  }

  private static void assertNaming(ApiClient.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
    assertThat(fields).contains(field);
  }

  private static boolean problem(JsonNode response) {
    return response
        .path("content")
        .path("application/problem+json")
        .path("schema")
        .path("$ref")
        .asString()
        .equals("#/components/schemas/Problem");
  }

  interface OperationCheck {
    void check(String path, String method, JsonNode operation);
  }

  private void operations(OperationCheck check) {
    Set<String> methods = new HashSet<>(List.of("get", "post", "put", "delete", "patch"));
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        if (methods.contains(operation.getKey())) {
          check.check(path.getKey(), operation.getKey(), operation.getValue());
        }
      }
    }
  }
}
