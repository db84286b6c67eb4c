package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text an attacker sends (a NUL, 100,000 characters, a body of megabytes) is refused with a 400 or
 * 413 that names what was wrong, never a 500 from the database; and every problem the API answers
 * has a type of its own.
 */
@IntegrationTest
class HostileInputTests {

  private static final String NUL = "before\u0000after";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

  @LocalServerPort int port;
  ApiClient api;
  String senco;
  Map<String, String> ids;

  @BeforeEach
  void signIn() {
    api = new ApiClient(port);
    senco = api.tokenFor("senco@riverside.example");
    ids = DemoIds.find(api, senco);
  }

  @Test
  void aNulInEveryTextFieldOfEveryApiBodyIsA400NamingTheField() {
    JsonNode docs = api.get("/v3/api-docs", senco).json();
    List<String> wrong = new ArrayList<>();
    int tried = 0;
    for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        JsonNode schema =
            operation
                .getValue()
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        if (schema.isMissingNode()) {
          continue;
        }
        String address = address(path.getKey());
        for (String field : textFields(docs, schema, "")) {
          tried++;
          ApiClient.Response answer =
              api.send(
                  operation.getKey().toUpperCase(),
                  address,
                  senco,
                  JSON.writeValueAsString(bodyWith(field, NUL)));
          if (answer.status() != 400 || !namesField(answer, field)) {
            wrong.add(
                operation.getKey().toUpperCase()
                    + " "
                    + path.getKey()
                    + " "
                    + field
                    + " -> "
                    + answer.status()
                    + " "
                    + answer.body());
          }
        }
      }
    }
    assertThat(tried).as("text fields tried").isGreaterThan(30);
    assertThat(wrong).isEmpty();
  }

  @Test
  void aHundredThousandCharactersIsA400NamingTheField() {
    ApiClient.Response answer =
        api.post(
            "/api/v1/children/" + ids.get("childId") + "/plan/aspirations",
            senco,
            JSON.writeValueAsString(Map.of("text", "a".repeat(100_000), "voice", "CHILD")));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(namesField(answer, "text")).as(answer.body()).isTrue();
    assertThat(answer.json().get("type").asString()).isEqualTo("/problems/invalid-input");
  }

  @Test
  void aNulInAFormFieldIsA400ShowingTheFormWithTheErrorBesideTheFieldAndNothingIsSaved() {
    PageSession.Page answer =
        postNewAspiration(Map.of("text", "hostile-marker" + NUL, "voice", "CHILD"));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.document().select(".govuk-error-summary").text())
        .contains("hidden control character");
    assertThat(answer.document().select("#text-error").text()).contains("hidden control character");
    assertThat(answer.document().select("textarea#text").text())
        .as("what was typed, without the character refused")
        .isEqualTo("hostile-markerbeforeafter");
    assertThat(answer.document().select("input[name=voice][value=CHILD]").hasAttr("checked"))
        .isTrue();
    assertThat(api.get("/api/v1/children/" + ids.get("childId") + "/plan", senco).body())
        .doesNotContain("hostile-marker");
  }

  @Test
  void aHundredThousandCharactersInAFormFieldAreKeptInTheFormBesideTheirError() {
    PageSession pages = sencoPages();
    String contacts = "/children/" + ids.get("childId") + "/contacts";
    PageSession.Page form = pages.get(contacts);
    String pasted = "long-marker " + "a".repeat(100_000);
    PageSession.Page answer =
        pages.submit(
            form,
            "main form[method=post]",
            Map.of(
                "on.day", "2",
                "on.month", "11",
                "on.year", "2026",
                "how", "PHONE",
                "with", "Claire Bennett",
                "summary", pasted));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.document().select("#summary-error").text()).contains("50,000 characters");
    assertThat(answer.document().select("textarea#summary").text()).isEqualTo(pasted);
    assertThat(answer.document().select("input#with").val()).isEqualTo("Claire Bennett");
    assertThat(api.get("/api/v1" + contacts + "?size=200", senco).body())
        .doesNotContain("long-marker");
  }

  @Test
  void aNulInTheFreeTextOfEachFormIsShownBesideItsFieldAndNothingIsSaved() {
    PageSession pages = sencoPages();
    String child = "/children/" + ids.get("childId");
    Map<String, String> fieldOfPage = new LinkedHashMap<>();
    fieldOfPage.put("/contacts", "summary");
    fieldOfPage.put("/messages", "text");
    fieldOfPage.put("/requests", "text");
    fieldOfPage.put("/support-requests/new", "text");
    fieldOfPage.put("/views/new", "text");
    fieldOfPage.put("/edit", "givenName");
    fieldOfPage.put("/family/context", "culture");
    List<String> wrong = new ArrayList<>();
    fieldOfPage.forEach(
        (path, field) -> {
          PageSession.Page form = pages.get(child + path);
          String marker = "nul-marker-" + field;
          PageSession.Page answer =
              pages.submit(form, "form:has([name=" + field + "])", Map.of(field, marker + NUL));
          String error = answer.document().select("#" + field + "-error").text();
          if (answer.status() != 400 || !error.contains("hidden control character")) {
            wrong.add(path + " answered " + answer.status() + " with '" + error + "'");
          }
          if (pages.get(child + path).body().contains(marker)
              || pages.get(child).body().contains(marker)) {
            wrong.add(path + " saved the text");
          }
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void aNulInAParameterNoFieldOfTheFormHoldsIsTheGeneral400Page() {
    PageSession.Page answer =
        postNewAspiration(Map.of("text", "hostile-extra", "voice", "CHILD", "extra", NUL));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.document().select("main li").text()).contains("extra:");
    assertThat(api.get("/api/v1/children/" + ids.get("childId") + "/plan", senco).body())
        .doesNotContain("hostile-extra");
  }

  @Test
  void aQueryParameterWithANulIsA400() {
    ApiClient.Response answer = api.get("/api/v1/children?q=a%00b", senco);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(namesField(answer, "q")).isTrue();
  }

  @Test
  void aBodyOverOneMegabyteIsA413ThatAClientSendingItWholeStillReads() throws Exception {
    for (int megabytes : new int[] {2, 5}) {
      String json =
          "{\"text\":\"" + "a".repeat(megabytes * 1024 * 1024) + "\",\"voice\":\"CHILD\"}";
      String answer = rawPost("/api/v1/children/" + ids.get("childId") + "/plan/aspirations", json);
      assertThat(answer).as("answer to %d MB", megabytes).startsWith("HTTP/1.1 413");
      assertThat(answer).contains("\"type\":\"/problems/too-large\"");
    }
  }

  @Test
  void everyProblemHasATypeOfItsOwnThatExplainsIt() {
    String child = "/api/v1/children/" + ids.get("childId");
    Map<String, ApiClient.Response> answers = new LinkedHashMap<>();
    answers.put("not-signed-in", api.get(child, null));
    answers.put("not-found", api.get("/api/v1/children/" + java.util.UUID.randomUUID(), senco));
    answers.put(
        "not-allowed",
        api.post(
            child + "/plan/needs",
            api.tokenFor("parent@example.org"),
            "{\"text\":\"x\",\"area\":\"SEMH\"}"));
    answers.put("method-not-allowed", api.send("DELETE", "/api/v1/me", senco, null));
    answers.put("unreadable-body", api.post(child + "/plan/aspirations", senco, "{not json"));
    answers.put("invalid-input", api.post(child + "/plan/aspirations", senco, "{}"));
    answers.put(
        "edit-conflict", api.send("PUT", child, senco, "{\"version\":-1,\"givenName\":\"Sarah\"}"));
    for (Map.Entry<String, ApiClient.Response> answer : answers.entrySet()) {
      JsonNode problem = answer.getValue().json();
      assertThat(answer.getValue().contentType())
          .as(answer.getKey())
          .startsWith("application/problem+json");
      assertThat(problem.path("type").asString())
          .as("%s: %s", answer.getKey(), answer.getValue().body())
          .isEqualTo("/problems/" + answer.getKey());
      assertThat(new PageSession(port).get("/problems/" + answer.getKey()).status()).isEqualTo(200);
    }
  }

  @Test
  void aWrongOrMissingValueInTheAddressIsNamedOrIsNothing() {
    String child = "/api/v1/children/" + ids.get("childId");

    ApiClient.Response noDate = api.get(child + "/plan/history", senco);
    assertThat(noDate.status()).isEqualTo(400);
    assertThat(noDate.json().path("errors").get(0).path("field").asString()).isEqualTo("at");

    ApiClient.Response notANumber = api.get("/api/v1/children?page=first", senco);
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.json().path("errors").get(0).path("field").asString()).isEqualTo("page");

    ApiClient.Response notAnId = api.get("/api/v1/schools/not-an-id/cost-rates", senco);
    assertThat(notAnId.status()).as("an id that names nothing").isEqualTo(404);
    assertThat(notAnId.json().path("type").asString()).isEqualTo("/problems/not-found");
  }

  /** The path with every variable replaced by the id of a demo record it may name. */
  private String address(String template) {
    Matcher matcher = PATH_VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String id = ids.getOrDefault(matcher.group(1), java.util.UUID.randomUUID().toString());
      matcher.appendReplacement(out, id);
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Every field of the body that JSON carries as a string, as the API's errors name it. */
  private static List<String> textFields(JsonNode docs, JsonNode schema, String prefix) {
    JsonNode resolved = resolve(docs, schema);
    List<String> fields = new ArrayList<>();
    if (resolved.has("properties")) {
      for (Map.Entry<String, JsonNode> property : resolved.get("properties").properties()) {
        String name = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
        fields.addAll(textFields(docs, property.getValue(), name));
      }
    } else if ("array".equals(resolved.path("type").asString())) {
      fields.addAll(textFields(docs, resolved.get("items"), prefix + "[0]"));
    } else if ("string".equals(resolved.path("type").asString()) && !prefix.isEmpty()) {
      fields.add(prefix);
    }
    return fields;
  }

  private static JsonNode resolve(JsonNode docs, JsonNode schema) {
    JsonNode node = schema;
    while (node.has("$ref")) {
      String name = node.get("$ref").asString().replace("#/components/schemas/", "");
      node = docs.path("components").path("schemas").path(name);
    }
    return node;
  }

  /** A body holding just this one field, nested as its path says. */
  private static JsonNode bodyWith(String field, String text) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode current = root;
    String[] parts = field.split("\\.");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean array = part.endsWith("[0]");
      String name = array ? part.substring(0, part.length() - 3) : part;
      boolean last = i == parts.length - 1;
      if (array && last) {
        current.putArray(name).add(text);
      } else if (array) {
        current = current.putArray(name).addObject();
      } else if (last) {
        current.put(name, text);
      } else {
        current = current.putObject(name);
      }
    }
    return root;
  }

  private static boolean namesField(ApiClient.Response answer, String field) {
    for (JsonNode error : answer.json().path("errors")) {
      if (field.equals(error.path("field").asString())) {
        return true;
      }
    }
    return false;
  }

  /** A POST over a plain socket that writes the whole body before reading a byte of the answer. */
  private PageSession sencoPages() {
    PageSession pages = new PageSession(port);
    pages.signIn("senco@riverside.example", ApiClient.DEMO_PASSWORD);
    return pages;
  }

  /** Sarah's new aspiration form, posted by her SENCO with these fields. */
  private PageSession.Page postNewAspiration(Map<String, String> fields) {
    PageSession pages = sencoPages();
    PageSession.Page form = pages.get("/children/" + ids.get("childId") + "/plan/aspirations/new");
    return pages.submit(form, "main form[method=post]", fields);
  }

  private String rawPost(String path, String json) throws Exception {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + senco
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) {
        answer.write(buffer, 0, n);
        if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
          break;
        }
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }
}
