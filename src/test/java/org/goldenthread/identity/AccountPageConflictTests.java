package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The account page opened twice (two tabs, two devices): a change made from a page read before
 * another change, or two changes at the same moment, end with one saved and a conflict message for
 * the other (409), never an error page and never a silent overwrite.
 */
@IntegrationTest
class AccountPageConflictTests {

  private static final String PASSWORD = "pebble-orchard-signal-23";
  private static final String NAME_FORM = "form[action$=/account/name]";
  private static final String PASSWORD_FORM = "form[action$=/account/password]";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  String email;
  PageSession browser;

  @BeforeEach
  void signedIn() {
    email = "two.tabs." + UUID.randomUUID() + "@example.org";
    accounts.createOrGrant(email, "Kim Twotabs", PASSWORD, Role.PARENT, null);
    browser = new PageSession(port);
    browser.signIn(email, PASSWORD);
  }

  @Test
  void aNameSavedFromAPageReadBeforeAnotherChangeIsAConflictAndNothingIsOverwritten() {
    PageSession.Page firstTab = browser.get("/account");
    PageSession.Page secondTab = browser.get("/account");
    assertThat(browser.submit(firstTab, NAME_FORM, Map.of("name", "Kim First")).status())
        .isEqualTo(302);

    PageSession.Page stale = browser.submit(secondTab, NAME_FORM, Map.of("name", "Kim Second"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.document().select(".govuk-notification-banner").text())
        .contains("changed somewhere else", "nothing was saved");
    assertThat(stale.document().select("#name").val()).isEqualTo("Kim First");
    assertThat(name()).isEqualTo("Kim First");

    PageSession.Page retried = browser.submit(stale, NAME_FORM, Map.of("name", "Kim Second"));
    assertThat(retried.status()).isEqualTo(302);
    assertThat(name()).isEqualTo("Kim Second");
  }

  @Test
  void twoNameChangesAtTheSameMomentSaveOneAndReportTheOtherAsAConflict() throws Exception {
    PageSession otherDevice = new PageSession(port);
    otherDevice.signIn(email, PASSWORD);
    PageSession.Page here = browser.get("/account");
    PageSession.Page there = otherDevice.get("/account");

    List<PageSession.Page> answers =
        AtOnce.run(
            List.<Callable<PageSession.Page>>of(
                () -> browser.submit(here, NAME_FORM, Map.of("name", "Kim Here")),
                () -> otherDevice.submit(there, NAME_FORM, Map.of("name", "Kim There"))));

    assertThat(answers).extracting(PageSession.Page::status).containsExactlyInAnyOrder(302, 409);
    String saved = answers.get(0).status() == 302 ? "Kim Here" : "Kim There";
    assertThat(name()).isEqualTo(saved);
  }

  @Test
  void twoPasswordChangesAtTheSameMomentSetOneAndReportTheOtherAsAConflict() throws Exception {
    PageSession.Page firstTab = browser.get("/account");
    PageSession.Page secondTab = browser.get("/account");

    List<PageSession.Page> answers =
        AtOnce.run(
            List.<Callable<PageSession.Page>>of(
                () -> browser.submit(firstTab, PASSWORD_FORM, change("first-new-password-31")),
                () -> browser.submit(secondTab, PASSWORD_FORM, change("second-new-password-32"))));

    assertThat(answers).extracting(PageSession.Page::status).containsExactlyInAnyOrder(302, 409);
    PageSession.Page conflict = answers.stream().filter(a -> a.status() == 409).findFirst().get();
    assertThat(conflict.document().select(".govuk-notification-banner").text())
        .contains("changed somewhere else");
    String winner =
        answers.get(0).status() == 302 ? "first-new-password-31" : "second-new-password-32";
    String loser = winner.startsWith("first") ? "second-new-password-32" : "first-new-password-31";
    assertThat(tokenStatus(winner)).isEqualTo(201);
    assertThat(tokenStatus(loser)).isEqualTo(401);
    assertThat(browser.get("/account").status()).isEqualTo(200);
  }

  @Test
  void aPasswordChangedFromAPageReadBeforeAnotherChangeIsAConflictAndKeepsThePassword() {
    PageSession.Page firstTab = browser.get("/account");
    PageSession.Page secondTab = browser.get("/account");
    browser.submit(firstTab, NAME_FORM, Map.of("name", "Kim Renamed"));

    PageSession.Page stale =
        browser.submit(secondTab, PASSWORD_FORM, change("stale-new-password-44"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(tokenStatus("stale-new-password-44")).isEqualTo(401);
    assertThat(tokenStatus(PASSWORD)).isEqualTo(201);
  }

  private static Map<String, String> change(String newPassword) {
    return Map.of(
        "currentPassword", PASSWORD, "newPassword", newPassword, "confirmPassword", newPassword);
  }

  private String name() {
    return accounts.findByEmail(email).orElseThrow().displayName();
  }

  private int tokenStatus(String password) {
    return new ApiClient(port)
        .post(
            "/api/v1/auth/tokens",
            null,
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
        .status();
  }
}
