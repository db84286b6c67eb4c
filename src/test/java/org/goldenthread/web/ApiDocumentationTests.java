package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

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
}
