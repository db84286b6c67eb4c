package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Guessing passwords, as an attacker would: many guesses at once, from one address or from many.
 * How many passwords were really checked is read from the audit log, which records each refused
 * password ("Sign-in refused for ...") apart from each attempt turned away unchecked ("... after
 * too many attempts").
 */
@IntegrationTest
class SignInThrottleTests {

  private static final String PASSWORD = "orchard-lantern-copper-17";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired SignIn signIn;
  @Autowired JdbcTemplate jdbc;

  @Test
  void thirtyParallelWrongGuessesThroughThePagesAndTheApiCheckAtMostFivePasswords()
      throws Exception {
    String email = account();
    ApiClient api = new ApiClient(port);
    String wrongJson = "{\"email\":\"" + email + "\",\"password\":\"not-the-password\"}";
    List<PageSession> browsers = new ArrayList<>();
    List<PageSession.Page> forms = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      PageSession browser = new PageSession(port);
      browsers.add(browser);
      forms.add(browser.get("/sign-in"));
    }

    List<Callable<Integer>> guesses = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      guesses.add(() -> api.post("/api/v1/auth/tokens", null, wrongJson).status());
      PageSession browser = browsers.get(i);
      PageSession.Page form = forms.get(i);
      guesses.add(
          () ->
              browser
                  .submit(
                      form,
                      "form[action$=/sign-in]",
                      Map.of("email", email, "password", "not-the-password"))
                  .status());
    }
    List<Integer> answers = AtOnce.run(guesses);

    // Checked and wrong: 401 from the API, the sign-in form again (200) on the pages.
    assertThat(answers.stream().filter(status -> status == 401 || status == 200).count())
        .isEqualTo(SignInThrottle.MAX_ATTEMPTS_PER_PAIR);
    assertThat(answers.stream().filter(status -> status == 429).count()).isEqualTo(25);
    assertThat(audited("Sign-in refused for " + email)).isEqualTo(5);
    assertThat(audited("Sign-in refused after too many attempts, as " + email)).isEqualTo(25);

    ApiClient.Response rightPassword =
        api.post(
            "/api/v1/auth/tokens",
            null,
            "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(rightPassword.status()).isEqualTo(429);
    assertThat(rightPassword.headers().firstValue("Retry-After")).hasValue("900");
    PageSession owner = new PageSession(port);
    PageSession.Page throttledPage =
        owner.submit(
            owner.get("/sign-in"),
            "form[action$=/sign-in]",
            Map.of("email", email, "password", PASSWORD));
    assertThat(throttledPage.status()).isEqualTo(429);
    assertThat(throttledPage.document().select("h1").text())
        .isEqualTo("Too many attempts to sign in");

    // Someone else at the same address (a school's shared connection) is not locked out.
    String colleague = account();
    assertThat(
            api.post(
                    "/api/v1/auth/tokens",
                    null,
                    "{\"email\":\"" + colleague + "\",\"password\":\"" + PASSWORD + "\"}")
                .status())
        .isEqualTo(201);
    assertThat(new PageSession(port).signIn(colleague, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void oneAddressLockedOutOfAnAccountLeavesItsOwnerSigningInFromElsewhere() {
    String email = account();
    for (int i = 0; i < SignInThrottle.MAX_ATTEMPTS_PER_PAIR; i++) {
      assertThat(attempt(email, "wrong-guess-" + i, "203.0.113.7"))
          .isEqualTo(SignIn.Result.REFUSED);
    }
    assertThat(attempt(email, "wrong-guess-6", "203.0.113.7")).isEqualTo(SignIn.Result.THROTTLED);
    assertThat(attempt(email, PASSWORD, "203.0.113.7")).isEqualTo(SignIn.Result.THROTTLED);
    assertThat(attempt(email, PASSWORD, "192.0.2.10")).isEqualTo(SignIn.Result.SIGNED_IN);
  }

  @Test
  void guessesSpreadOverManyAddressesAreCappedForTheAccount() {
    String email = account();
    List<SignIn.Result> results =
        IntStream.range(0, 25)
            .mapToObj(i -> attempt(email, "wrong-guess-" + i, "198.51.100." + i))
            .toList();
    assertThat(results.stream().filter(result -> result == SignIn.Result.REFUSED).count())
        .isEqualTo(SignInThrottle.MAX_ATTEMPTS_PER_ACCOUNT);
    assertThat(results.subList(SignInThrottle.MAX_ATTEMPTS_PER_ACCOUNT, 25))
        .containsOnly(SignIn.Result.THROTTLED);
    assertThat(audited("Sign-in refused for " + email))
        .isEqualTo(SignInThrottle.MAX_ATTEMPTS_PER_ACCOUNT);
    assertThat(attempt(email, PASSWORD, "198.51.100.200")).isEqualTo(SignIn.Result.THROTTLED);
  }

  @Test
  void aSuccessfulSignInStartsItsAddressAfresh() {
    String email = account();
    for (int i = 0; i < 4; i++) {
      assertThat(attempt(email, "typo-" + i, "192.0.2.20")).isEqualTo(SignIn.Result.REFUSED);
    }
    assertThat(attempt(email, PASSWORD, "192.0.2.20")).isEqualTo(SignIn.Result.SIGNED_IN);
    for (int i = 0; i < SignInThrottle.MAX_ATTEMPTS_PER_PAIR; i++) {
      assertThat(attempt(email, "typo-again-" + i, "192.0.2.20")).isEqualTo(SignIn.Result.REFUSED);
    }
    assertThat(attempt(email, PASSWORD, "192.0.2.20")).isEqualTo(SignIn.Result.THROTTLED);
  }

  @Test
  void unknownEmailsAreCountedTheSameWay() {
    String nobody = "nobody." + UUID.randomUUID() + "@example.org";
    for (int i = 0; i < SignInThrottle.MAX_ATTEMPTS_PER_PAIR; i++) {
      assertThat(attempt(nobody, "guess-" + i, "192.0.2.30")).isEqualTo(SignIn.Result.REFUSED);
    }
    assertThat(attempt(nobody, "guess-6", "192.0.2.30")).isEqualTo(SignIn.Result.THROTTLED);
  }

  private SignIn.Result attempt(String email, String password, String address) {
    return signIn.attempt(email, password, null, address, SignedIn.Channel.API).result();
  }

  private String account() {
    String email = "guessed." + UUID.randomUUID() + "@example.org";
    accounts.createOrGrant(email, "Guessed At", PASSWORD, Role.PARENT, null);
    return email;
  }

  private long audited(String what) {
    return jdbc.queryForObject(
        "select count(*) from audit_event where action = 'SIGN_IN_FAILED' and what = ?",
        Long.class,
        what);
  }
}
