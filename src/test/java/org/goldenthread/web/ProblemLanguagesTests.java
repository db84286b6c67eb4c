package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's problems are written in the language its caller reads, when it is one we write: their
 * {@code Accept-Language}, else English. The shape stays the contract's (status, type, title,
 * detail, errors), whatever the language: a 400 with its errors, a 401 from the security filters,
 * and a 403 whose detail is particular to what was refused.
 */
@IntegrationTest
class ProblemLanguagesTests {

  static final Locale WELSH = Locale.forLanguageTag("cy");
  static final Locale POLISH = Locale.forLanguageTag("pl");
  static final Locale URDU = Locale.forLanguageTag("ur");

  @LocalServerPort int port;
  @Autowired MessageSource messages;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aBadRequestIsExplainedInWelshWhenTheCallerReadsWelshAndInEnglishWithoutAHeader()
      throws Exception {
    String token = new ApiClient(port).tokenFor("senco@riverside.example");
    String bad = "/api/v1/deadlines?dueBefore=next-tuesday";

    JsonNode welsh = problem("GET", bad, token, "cy-GB,cy;q=0.9,en;q=0.5", 400);
    JsonNode english = problem("GET", bad, token, null, 400);
    JsonNode french = problem("GET", bad, token, "fr-FR", 400);

    assertThat(welsh.get("detail").asString())
        .isEqualTo(text("api.problem.400", WELSH))
        .isEqualTo("Dydy’r cais ddim yn ddilys. Edrychwch ar y gwallau i weld beth i’w newid.");
    assertThat(welsh.get("title").asString()).isEqualTo(text("problem.invalid-input.title", WELSH));
    assertThat(welsh.get("errors").get(0).get("field").asString()).isEqualTo("dueBefore");
    assertThat(welsh.get("errors").get(0).get("message").asString())
        .isEqualTo(text("api.error.wrongForm", WELSH));
    assertThat(english.get("detail").asString())
        .isEqualTo("The request is not valid. See the errors for what to change.");
    assertThat(english.get("title").asString()).isEqualTo("Invalid input");
    assertThat(english.get("errors").get(0).get("message").asString())
        .isEqualTo("This is not in the right form for this field.");
    assertThat(french.get("detail"))
        .as("a language we do not write")
        .isEqualTo(english.get("detail"));
    for (JsonNode problem : new JsonNode[] {welsh, english, french}) {
      assertThat(problem.get("status").asInt()).isEqualTo(400);
      assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-input");
    }
  }

  @Test
  void notSignedInIsExplainedInPolish() throws Exception {
    JsonNode polish = problem("GET", "/api/v1/me", null, "pl", 401);

    assertThat(polish.get("detail").asString()).isEqualTo(text("api.problem.401", POLISH));
    assertThat(polish.get("title").asString())
        .isEqualTo(text("problem.not-signed-in.title", POLISH));
    assertThat(polish.get("type").asString()).isEqualTo("/problems/not-signed-in");
  }

  @Test
  void aRefusalSaysWhatWasRefusedInUrdu() throws Exception {
    ApiClient api = new ApiClient(port);
    String teacher = api.tokenFor("teacher@riverside.example");
    String school =
        api.get("/api/v1/children?size=1", teacher)
            .json()
            .get("items")
            .get(0)
            .get("schoolId")
            .asString();
    String costs = "/api/v1/schools/" + school + "/cost-rates";

    JsonNode urdu = problem("PUT", costs, teacher, "ur", 403);
    JsonNode english = problem("PUT", costs, teacher, null, 403);

    assertThat(urdu.get("detail").asString())
        .isEqualTo(text("api.problem.costsForbidden", URDU))
        .isNotEqualTo(english.get("detail").asString());
    assertThat(english.get("detail").asString())
        .isEqualTo("Only the school's SENCO, head or administrator set its costs.");
    assertThat(urdu.get("title").asString()).isEqualTo(text("problem.not-allowed.title", URDU));
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  /** Sends the request (a PUT with an empty rates body) and reads its problem. */
  private JsonNode problem(String method, String path, String token, String language, int status)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    request.header("Content-Type", "application/json");
    request.method(
        method,
        method.equals("GET")
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString("{\"version\":0,\"rates\":[]}"));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    return JsonMapper.builder().build().readTree(response.body());
  }
}
