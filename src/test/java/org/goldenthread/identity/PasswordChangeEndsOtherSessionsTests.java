package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone has the password (a shared computer left signed in, a script with a token): changing it,
 * or setting a new one through a reset link, shuts them out everywhere.
 */
@IntegrationTest
class PasswordChangeEndsOtherSessionsTests {

  private static final String OLD = "harbour-willow-signal-41";
  private static final String NEW = "meadow-copper-lantern-58";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;
  String email;

  @BeforeEach
  void anAccountSignedInTwiceWithAnApiToken() {
    api = new ApiClient(port);
    email = "shared." + UUID.randomUUID() + "@example.org";
    accounts.createOrGrant(email, "Robin Shared", OLD, Role.PARENT, null);
  }

  @Test
  void changingThePasswordOnTheAccountPageEndsEveryOtherSessionAndRevokesEveryToken() {
    PageSession here = signedIn();
    PageSession elsewhere = signedIn();
    String token = token(OLD);
    String otherToken = token(OLD);
    PageSession someoneElse = new PageSession(port);
    someoneElse.signIn("teacher@riverside.example", ApiClient.DEMO_PASSWORD);

    PageSession.Page changed =
        here.submit(
            here.get("/account"),
            "form[action$=/account/password]",
            Map.of("currentPassword", OLD, "newPassword", NEW, "confirmPassword", NEW));
    assertThat(changed.status()).isEqualTo(302);

    PageSession.Page stillHere = here.get("/account");
    assertThat(stillHere.status()).isEqualTo(200);
    assertThat(stillHere.document().select(".govuk-notification-banner").text())
        .contains("Your password has been changed.");
    assertSignedOut(elsewhere);
    assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/me", otherToken).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/me", token(NEW)).status()).isEqualTo(200);
    assertThat(someoneElse.get("/account").status()).isEqualTo(200);
  }

  @Test
  void aWrongCurrentPasswordChangesNothingAndEndsNothing() {
    PageSession here = signedIn();
    PageSession elsewhere = signedIn();
    String token = token(OLD);
    PageSession.Page refused =
        here.submit(
            here.get("/account"),
            "form[action$=/account/password]",
            Map.of("currentPassword", "not-" + OLD, "newPassword", NEW, "confirmPassword", NEW));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select("#currentPassword-error").text())
        .contains("Your current password is not right");
    assertThat(elsewhere.get("/account").status()).isEqualTo(200);
    assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
  }

  @Test
  void settingANewPasswordThroughAResetLinkEndsEverySessionAndRevokesEveryToken() {
    PageSession one = signedIn();
    PageSession two = signedIn();
    String token = token(OLD);

    PageSession person = new PageSession(port);
    person.submit(person.get("/forgotten-password"), "main form", Map.of("email", email));
    PageSession.Page followed = person.get(OutboxLinks.newest(jdbc, email, "/reset-password"));
    PageSession.Page done =
        person.submit(
            person.get(followed.location()),
            "main form",
            Map.of("password", NEW, "confirmPassword", NEW));
    assertThat(done.status()).isEqualTo(302);
    assertThat(done.location()).endsWith("/sign-in?passwordChanged");

    assertSignedOut(one);
    assertSignedOut(two);
    assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
    assertThat(new PageSession(port).signIn(email, NEW).status()).isEqualTo(200);
  }

  private PageSession signedIn() {
    PageSession session = new PageSession(port);
    session.signIn(email, OLD);
    assertThat(session.get("/account").status()).isEqualTo(200);
    return session;
  }

  private String token(String password) {
    ApiClient.Response created =
        api.post(
            "/api/v1/auth/tokens",
            null,
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("token").asString();
  }

  private static void assertSignedOut(PageSession session) {
    PageSession.Page page = session.get("/account");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).endsWith("/sign-in");
  }
}
