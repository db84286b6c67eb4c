package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Signs in as every demo account and proves what each may read and change of Sarah's record: by
 * relationship, never by role alone. The family's circumstances are for the family, the SENCO and
 * the lead professional only: not the class teacher or the therapist on her team.
 */
@IntegrationTest
class AccessMatrixTests {

  @LocalServerPort int port;

  static Stream<Arguments> accounts() {
    // account, read record, read family, sees circumstances, correct record, read audit trail
    return Stream.of(
        Arguments.of("admin@goldenthread.example", 404, 404, false, 404, 404),
        Arguments.of("officer@northshire.example", 200, 200, false, 200, 403),
        Arguments.of("senco@riverside.example", 200, 200, true, 200, 200),
        Arguments.of("teacher@riverside.example", 200, 200, false, 403, 200),
        Arguments.of("senco@brook.example", 404, 404, false, 404, 404),
        Arguments.of("ep@eps.example", 404, 404, false, 404, 404),
        Arguments.of("salt@salt.example", 200, 200, false, 403, 200),
        Arguments.of("parent@example.org", 200, 200, true, 403, 200),
        Arguments.of("other.parent@example.org", 404, 404, false, 404, 404),
        // Sarah herself (13): her own record, without her family's page or who read it
        Arguments.of("sarah@example.org", 200, 404, false, 403, 404));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accounts")
  void eachAccountGetsExactlyWhatItsRelationshipAllows(
      String email,
      int readRecord,
      int readFamily,
      boolean seesCircumstances,
      int correctRecord,
      int readAudit) {
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

    ApiClient.Response record = api.get("/api/v1/children/" + sarah, token);
    assertThat(record.status()).as("read record").isEqualTo(readRecord);

    ApiClient.Response family = api.get("/api/v1/children/" + sarah + "/family", token);
    assertThat(family.status()).as("read family").isEqualTo(readFamily);
    if (family.status() == 200) {
      assertThat(family.json().has("context")).as("circumstances").isEqualTo(seesCircumstances);
    }

    JsonNode current =
        api.get("/api/v1/children/" + sarah, api.tokenFor("senco@riverside.example")).json();
    String sameAgain =
        current.toString().replaceFirst("\\}$", "").replace("\"profile\":", "\"ignored\":") + "}";
    ApiClient.Response correct = api.send("PUT", "/api/v1/children/" + sarah, token, sameAgain);
    assertThat(correct.status()).as("correct record").isEqualTo(correctRecord);

    assertThat(api.get("/api/v1/children/" + sarah + "/audit", token).status())
        .as("read audit")
        .isEqualTo(readAudit);
  }
}
