package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.PageSession;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class SignInPagesTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcTemplate jdbc;
  PageSession browser;

  @BeforeEach
  void session() {
    browser = new PageSession(port);
  }

  @Test
  void signedOutPeopleAreSentToSignIn() {
    PageSession.Page home = browser.get("/");
    assertThat(home.status()).isEqualTo(302);
    assertThat(home.location()).endsWith("/sign-in");
  }

  @Test
  void theSencoSignsInAndReachesHome() {
    PageSession.Page home = browser.signIn("senco@riverside.example", "thread-demo-2026");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.document().select("h1").text()).contains("Helen Carter");
  }

  @Test
  void aWrongPasswordShowsTheErrorSummaryLinkedToTheField() {
    PageSession.Page form = browser.get("/sign-in");
    PageSession.Page result =
        browser.submit(
            form,
            "form[action$=/sign-in]",
            Map.of("email", "teacher@riverside.example", "password", "not-my-password"));
    assertThat(result.status()).isEqualTo(200);
    Element summary = result.document().selectFirst(".govuk-error-summary");
    assertThat(summary).isNotNull();
    Element link = summary.selectFirst("a[href=#email]");
    assertThat(link).isNotNull();
    assertThat(link.text()).isEqualTo("Enter a correct email address and password");
    assertThat(result.document().select("#email-error").text())
        .contains("Enter a correct email address and password");
    assertThat(result.document().select("#email").val()).isEqualTo("teacher@riverside.example");
    assertThat(result.document().select("#password").val()).isEmpty();
    assertThat(result.document().title()).startsWith("Error:");
  }

  @Test
  void emptyFieldsAreNamedEachBesideItsField() {
    PageSession.Page result =
        browser.submit(
            browser.get("/sign-in"), "form[action$=/sign-in]", Map.of("email", "", "password", ""));
    assertThat(result.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#email", "#password");
    assertThat(result.document().select("#email-error").text())
        .contains("Enter your email address");
    assertThat(result.document().select("#password-error").text()).contains("Enter your password");
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() {
    browser.get("/sign-in");
    PageSession.Page forged =
        browser.submit(
            new PageSession.Page(
                200,
                null,
                Map.of(),
                "",
                org.jsoup.Jsoup.parse(
                    "<form action='/sign-in'><input type='text' name='email'></form>",
                    "http://localhost:" + port)),
            "form",
            Map.of("email", "senco@riverside.example", "password", "thread-demo-2026"));
    assertThat(forged.status()).isEqualTo(403);
  }

  @Test
  void pagesCarryTheSecurityHeaders() {
    PageSession.Page page = browser.get("/sign-in");
    String csp = page.header("Content-Security-Policy");
    assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("Referrer-Policy")).isNotBlank();
    assertThat(page.header("Strict-Transport-Security")).isNull();
  }

  @Test
  void signingOutEndsTheSession() {
    PageSession.Page home = browser.signIn("teacher@riverside.example", "thread-demo-2026");
    PageSession.Page out = browser.submit(home, "form[action$=/sign-out]", Map.of());
    assertThat(out.status()).isEqualTo(302);
    assertThat(out.location()).contains("/sign-in?signedOut");
    assertThat(browser.get(out.location()).document().select(".govuk-notification-banner").text())
        .isEqualTo("Success You have signed out.");
    assertThat(browser.get("/sign-in").document().select(".govuk-notification-banner")).isEmpty();
    assertThat(browser.get("/").status()).isEqualTo(302);
  }

  @Test
  void unknownPagesShowTheGovukNotFoundPage() {
    browser.signIn("teacher@riverside.example", "thread-demo-2026");
    PageSession.Page missing = browser.get("/no-such-page");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.document().select("h1").text()).isNotBlank();
    assertThat(missing.body()).doesNotContain("Exception", "Whitelabel");
  }

  @Test
  void onlyPlatformAdministratorsReachTheAdminPages() {
    browser.signIn("senco@riverside.example", "thread-demo-2026");
    assertThat(browser.get("/admin/audit").status()).isEqualTo(403);
    assertThat(browser.get("/admin/outbox").status()).isEqualTo(403);
  }

  @Test
  void aFormOpenedBeforeTheSessionEndedLeadsBackToSignIn() {
    String email = "ended." + UUID.randomUUID() + "@riverside.example";
    accounts.createOrGrant(email, "Sam Ended", "willow-harbour-lantern-5", Role.TEACHER, null);
    PageSession teacher = new PageSession(port);
    teacher.signIn(email, "willow-harbour-lantern-5");
    PageSession.Page account = teacher.get("/account");
    assertThat(account.status()).isEqualTo(200);

    // The session ends on the server (30 minutes idle, or signed out elsewhere).
    assertThat(jdbc.update("delete from spring_session where principal_name = ?", email))
        .isEqualTo(1);

    PageSession.Page sent =
        teacher.submit(account, "form[action$=/account/name]", Map.of("name", "Someone Else"));
    assertThat(sent.status()).isEqualTo(302);
    assertThat(sent.location()).endsWith("/sign-in?sessionEnded");
    assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Sam Ended");
  }

  @Test
  void pageSessionsAreKeptInTheDatabaseUnderTheSignedInPerson() {
    browser.signIn("teacher@riverside.example", "thread-demo-2026");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ?",
                Integer.class,
                "teacher@riverside.example"))
        .isPositive();
    assertThat(
            jdbc.queryForObject(
                "select max_inactive_interval from spring_session where principal_name = ?"
                    + " limit 1",
                Integer.class,
                "teacher@riverside.example"))
        .isEqualTo(30 * 60);
  }

  private static String sessionCookie(String sessionId) {
    return Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aFormSentAfterTheSessionEndedLeadsBackToSignInWithAnExplanation() throws Exception {
    java.net.http.HttpResponse<String> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/account/name"))
                    .header("Cookie", "JSESSIONID=" + sessionCookie(UUID.randomUUID().toString()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "_csrf=stale&name=Someone"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow())
        .endsWith("/sign-in?sessionEnded");
    assertThat(
            browser
                .get("/sign-in?sessionEnded")
                .document()
                .select(".govuk-notification-banner")
                .text())
        .contains("30 minutes");
  }
}
