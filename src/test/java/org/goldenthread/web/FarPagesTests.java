package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A page number far past the end of a list, as large as a whole number goes, answers an empty page
 * (with the list's total), never an error: the database is never asked to skip more rows than it
 * can count.
 */
@IntegrationTest
class FarPagesTests {

  private static final String FAR = "page=2147483647&size=200";

  @LocalServerPort int port;
  ApiClient api;
  String sencoToken;
  String sarah;

  @BeforeEach
  void findSarah() {
    api = new ApiClient(port);
    sencoToken = api.tokenFor("senco@riverside.example");
    sarah = DemoIds.find(api, sencoToken).get("childId");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/api/v1/children",
        "/api/v1/children/{sarah}/audit",
        "/api/v1/children/{sarah}/concerns",
        "/api/v1/children/{sarah}/contacts",
        "/api/v1/children/{sarah}/disagreements",
        "/api/v1/children/{sarah}/documents",
        "/api/v1/children/{sarah}/messages",
        "/api/v1/children/{sarah}/requests",
        "/api/v1/children/{sarah}/support-requests",
        "/api/v1/children/{sarah}/views",
        "/api/v1/children/{sarah}/meetings",
        "/api/v1/glossary",
        "/api/v1/inbox"
      })
  void anApiListFarPastItsEndIsAnEmptyPage(String list) {
    String path = list.replace("{sarah}", sarah);
    ApiClient.Response first = api.get(path, sencoToken);
    ApiClient.Response far = api.get(path + "?" + FAR, sencoToken);

    assertThat(far.status()).as("%s far past its end", path).isEqualTo(200);
    JsonNode page = far.json();
    assertThat(page.get("items").size()).isZero();
    assertThat(page.get("total").asLong())
        .as("the list's total (the audit trail grows with each read)")
        .isGreaterThanOrEqualTo(first.json().get("total").asLong());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/children?page=2147483647",
        "/children/{sarah}/audit?page=2147483647",
        "/children/{sarah}/messages?page=2147483647",
        "/children/{sarah}/contacts?page=2147483647",
        "/children/{sarah}/documents?page=2147483647",
        "/inbox?page=2147483647"
      })
  void aPageOfAListFarPastItsEndOpens(String page) {
    PageSession session = new PageSession(port);
    session.signIn("senco@riverside.example", ApiClient.DEMO_PASSWORD);

    assertThat(session.get(page.replace("{sarah}", sarah)).status()).isEqualTo(200);
  }
}
