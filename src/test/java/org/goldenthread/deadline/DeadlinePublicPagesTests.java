package org.goldenthread.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rights calculator is open to anyone, signed in or not, on the page and through the API;
 * everyone's own deadlines and the bank holidays page are not.
 */
@IntegrationTest
class DeadlinePublicPagesTests {

  @LocalServerPort int port;

  @Test
  void aFamilyNotSignedInWorksOutTheirAppealDate() {
    PageSession.Page page =
        new PageSession(port)
            .get("/deadlines/calculator?kind=APPEAL&on.day=5&on.month=1&on.year=2026");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("#answer strong").text()).isEqualTo("Thursday 5 March 2026");
    assertThat(page.document().select(".govuk-footer a[href=/deadlines/calculator]")).hasSize(1);
  }

  @Test
  void theCalculatorApiAnswersWithoutAToken() {
    ApiClient.Response answer =
        new ApiClient(port)
            .get("/api/v1/deadlines/calculator?kind=DECISION_TO_ASSESS&on=2026-01-05", null);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("due").asString()).isEqualTo("2026-02-16");
    assertThat(answer.json().get("owner").asString()).isEqualTo("LOCAL_AUTHORITY");
  }

  @Test
  void everyonesOwnDeadlinesAndTheHolidaysPageNeedSigningIn() {
    assertThat(new ApiClient(port).get("/api/v1/deadlines", null).status()).isEqualTo(401);
    PageSession.Page admin = new PageSession(port).get("/admin/bank-holidays");
    assertThat(admin.status()).isEqualTo(302);
    assertThat(admin.location()).endsWith("/sign-in");
    PageSession senco = new PageSession(port);
    senco.signIn("senco@riverside.example", "thread-demo-2026");
    assertThat(senco.get("/admin/bank-holidays").status()).isEqualTo(403);
  }
}
