package org.goldenthread.retention;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The retention page and API through the application's own security: the platform administrator
 * reads them; a SENCO, a parent and an officer get 403, as on every administrator page, the API's
 * as a problem document; nobody signed in is sent to sign in.
 */
@IntegrationTest
class RetentionAccessTests {

  @LocalServerPort int port;

  @Test
  void theAdministratorReadsTheDryRunAndNobodyElseDoes() {
    PageSession admin = new PageSession(port);
    admin.signIn("admin@goldenthread.example", "thread-demo-2026");
    PageSession.Page page = admin.get("/admin/retention");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("#rule-children td").first().text())
        .startsWith("Children’s records");

    ApiClient api = new ApiClient(port);
    ApiClient.Response dryRun =
        api.get("/api/v1/admin/retention", api.tokenFor("admin@goldenthread.example"));
    assertThat(dryRun.status()).isEqualTo(200);
    assertThat(dryRun.json().get("rules").size()).isEqualTo(9);

    for (String email :
        new String[] {
          "senco@riverside.example", "parent@example.org", "officer@northshire.example"
        }) {
      PageSession someone = new PageSession(port);
      someone.signIn(email, "thread-demo-2026");
      assertThat(someone.get("/admin/retention").status()).as(email).isEqualTo(403);
      ApiClient.Response refused = api.get("/api/v1/admin/retention", api.tokenFor(email));
      assertThat(refused.status()).as(email).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    assertThat(new PageSession(port).get("/admin/retention").status()).isEqualTo(302);
    assertThat(api.get("/api/v1/admin/retention", null).status()).isEqualTo(401);
  }
}
