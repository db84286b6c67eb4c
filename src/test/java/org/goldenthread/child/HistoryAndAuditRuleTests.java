package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sarah's consent history and audit trail answer every demo account through the API exactly as
 * through the pages: the same permission check, the same 404 for those who may not see her and 403
 * for those who may see her but not this.
 */
@IntegrationTest
class HistoryAndAuditRuleTests {

  @LocalServerPort int port;

  static Stream<Arguments> accounts() {
    // account, consent history, audit trail
    return Stream.of(
        Arguments.of("admin@goldenthread.example", 404, 404),
        Arguments.of("officer@northshire.example", 403, 403),
        Arguments.of("senco@riverside.example", 200, 200),
        Arguments.of("teacher@riverside.example", 403, 200),
        Arguments.of("senco@brook.example", 404, 404),
        Arguments.of("ep@eps.example", 404, 404),
        Arguments.of("salt@salt.example", 403, 200),
        Arguments.of("parent@example.org", 200, 200),
        Arguments.of("other.parent@example.org", 404, 404));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accounts")
  void theApiAndThePagesFollowTheSameRule(String email, int consents, int audit) {
    ApiClient api = new ApiClient(port);
    String sarah =
        api.get("/api/v1/children", api.tokenFor("senco@riverside.example"))
            .json()
            .get("items")
            .valueStream()
            .filter(c -> c.get("upn").asString().equals("E990212100001"))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asString();
    String token = api.tokenFor(email);
    PageSession page = new PageSession(port);
    page.signIn(email, ApiClient.DEMO_PASSWORD);

    assertThat(api.get("/api/v1/children/" + sarah + "/consents", token).status())
        .as("consent history through the API")
        .isEqualTo(consents);
    assertThat(page.get("/children/" + sarah + "/consents").status())
        .as("consent history page")
        .isEqualTo(consents);
    assertThat(api.get("/api/v1/children/" + sarah + "/audit", token).status())
        .as("audit trail through the API")
        .isEqualTo(audit);
    assertThat(page.get("/children/" + sarah + "/audit").status())
        .as("audit trail page")
        .isEqualTo(audit);
  }
}
