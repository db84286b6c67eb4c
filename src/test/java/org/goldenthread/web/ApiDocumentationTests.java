package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The API's description and its browsable version are served, without the resource chain. */
@IntegrationTest
class ApiDocumentationTests {

  @LocalServerPort int port;

  @Test
  void theOpenApiDocumentAndSwaggerUiAnswer() {
    ApiClient.Response docs = new ApiClient(port).get("/v3/api-docs", null);
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().path("paths").has("/api/v1/children/{childId}/plan")).isTrue();

    PageSession browser = new PageSession(port);
    PageSession.Page ui = browser.get("/swagger-ui/index.html");
    assertThat(ui.status()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
    assertThat(browser.get("/swagger-ui/swagger-ui.css").status()).isEqualTo(200);
  }

  @Test
  void everyIdInAPathIsDescribedAsAPathParameter() {
    JsonNode paths = new ApiClient(port).get("/v3/api-docs", null).json().path("paths");
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      Matcher ids = Pattern.compile("\\{(\\w+)}").matcher(path.getKey());
      List<String> variables = new ArrayList<>();
      while (ids.find()) {
        variables.add(ids.group(1));
      }
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        List<String> described = new ArrayList<>();
        operation
            .getValue()
            .path("parameters")
            .forEach(
                p -> {
                  if ("path".equals(p.path("in").asString())) {
                    described.add(p.path("name").asString());
                  }
                });
        for (String variable : variables) {
          checked++;
          if (!described.contains(variable)) {
            missing.add(operation.getKey() + " " + path.getKey() + ": " + variable);
          }
        }
      }
    }
    assertThat(checked).as("path ids checked").isGreaterThan(30);
    assertThat(missing).isEmpty();
  }
}
