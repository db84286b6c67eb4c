package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two-factor sign-in on the real database, through the API's token endpoint: a SENCO of a school
 * that requires it gets no token until they have set it up and then only with a right code, used
 * once; wrong codes are throttled like wrong passwords; what happens is in the audit log. The pages
 * sign in only after the code. The school is a fresh one of this test's own (the demo schools do
 * not require it).
 */
@IntegrationTest
class TwoFactorSignInTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient sql;
  @Autowired TwoFactorEnrolments enrolments;
  @Autowired Accounts accounts;
  ApiClient api;
  FreshSchool school;

  @BeforeEach
  void aSchoolThatRequiresTwoFactorSignIn() {
    api = new ApiClient(port);
    school = FreshSchool.open(context);
    sql.sql("update school set staff_two_factor = true where id = ?").param(school.id()).update();
  }

  @Test
  void itsSencoGetsATokenOnlyOnceSetUpAndOnlyWithARightCodeUsedOnce() {
    CurrentUser senco = school.senco();
    ApiClient.Response notSetUp = askForToken(senco.email(), null);
    assertThat(notSetUp.status()).isEqualTo(403);
    assertThat(notSetUp.json().get("detail").asString()).contains("set it up");

    String key = enrolments.begin(senco.id()).orElseThrow().secret();
    long step = TotpCodes.stepAt(Instant.now());
    List<String> recoveryCodes = enrolments.confirm(senco.id(), code(key, step)).orElseThrow();
    assertThat(recoveryCodes).hasSize(10);
    assertThat(storedKeyOf(senco.id())).doesNotContain(key);

    assertThat(askForToken(senco.email(), null).status()).as("no code").isEqualTo(401);
    assertThat(askForToken(senco.email(), "000000").status()).as("a wrong code").isEqualTo(401);
    assertThat(askForToken(senco.email(), code(key, step)).status())
        .as("the code used to set it up")
        .isEqualTo(401);

    ApiClient.Response withCode = askForToken(senco.email(), code(key, step + 1));
    assertThat(withCode.status()).isEqualTo(201);
    assertThat(api.get("/api/v1/me", withCode.json().get("token").asString()).status())
        .isEqualTo(200);
    assertThat(askForToken(senco.email(), code(key, step + 1)).status())
        .as("the same code again")
        .isEqualTo(401);

    String recovery = recoveryCodes.get(3).toUpperCase();
    assertThat(askForToken(senco.email(), recovery).status()).isEqualTo(201);
    assertThat(askForToken(senco.email(), recovery).status()).as("used already").isEqualTo(401);

    assertThat(audited(senco.id()))
        .contains("TWO_FACTOR_ENROLLED Turned two-factor sign-in on")
        .contains("RECOVERY_CODE_USED Signed in with a recovery code (9 left)");
  }

  @Test
  void aWrongPasswordAndAWrongCodeGetTheSameAnswer() {
    CurrentUser senco = school.senco();
    String key = enrolments.begin(senco.id()).orElseThrow().secret();
    enrolments.confirm(senco.id(), code(key, TotpCodes.stepAt(Instant.now())));

    ApiClient.Response wrongCode = askForToken(senco.email(), "123456");
    ApiClient.Response wrongPassword =
        api.post(
            "/api/v1/auth/tokens",
            null,
            "{\"email\":\"" + senco.email() + "\",\"password\":\"not-it-at-all\",\"otp\":\"1\"}");

    assertThat(wrongCode.status()).isEqualTo(401);
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongCode.json().get("detail")).isEqualTo(wrongPassword.json().get("detail"));
  }

  @Test
  void wrongCodesAreThrottledLikeWrongPasswordsEvenWhenTheRightCodeFollows() {
    CurrentUser senco = school.senco();
    String key = enrolments.begin(senco.id()).orElseThrow().secret();
    long step = TotpCodes.stepAt(Instant.now());
    enrolments.confirm(senco.id(), code(key, step));

    for (int guess = 0; guess < SignInThrottle.MAX_ATTEMPTS_PER_PAIR; guess++) {
      assertThat(askForToken(senco.email(), String.format("%06d", guess)).status()).isEqualTo(401);
    }
    ApiClient.Response throttled = askForToken(senco.email(), code(key, step + 1));

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).hasValue("900");
  }

  @Test
  void onThePagesNothingIsReachableBetweenThePasswordAndTheCode() {
    CurrentUser senco = school.senco();
    String key = enrolments.begin(senco.id()).orElseThrow().secret();
    long step = TotpCodes.stepAt(Instant.now());
    enrolments.confirm(senco.id(), code(key, step));
    PageSession browser = new PageSession(port);

    PageSession.Page afterPassword = passwordOnThePage(browser, senco.email());
    assertThat(afterPassword.location()).endsWith("/sign-in/code");
    PageSession.Page home = browser.get("/");
    assertThat(home.status()).isEqualTo(302);
    assertThat(home.location()).endsWith("/sign-in");
    assertThat(browser.get("/account/two-factor").location()).endsWith("/sign-in");

    PageSession.Page codePage = browser.get("/sign-in/code");
    PageSession.Page signedIn =
        browser.submit(
            codePage, "form[action$=/sign-in/code]", Map.of("code", code(key, step + 1)));
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.location())
        .as("back to the page asked for")
        .contains("/account/two-factor");
    PageSession.Page asked = browser.get(signedIn.location());
    assertThat(asked.status()).isEqualTo(200);
    assertThat(asked.document().select("main").text()).contains("Two-factor sign-in is on");
  }

  @Test
  void wrongCodesOnThePageCountWithThePasswordInTheThrottle() {
    CurrentUser senco = school.senco();
    String key = enrolments.begin(senco.id()).orElseThrow().secret();
    long step = TotpCodes.stepAt(Instant.now());
    enrolments.confirm(senco.id(), code(key, step));
    PageSession browser = new PageSession(port);
    passwordOnThePage(browser, senco.email());

    PageSession.Page codePage = browser.get("/sign-in/code");
    for (int guess = 1; guess < SignInThrottle.MAX_ATTEMPTS_PER_PAIR; guess++) {
      PageSession.Page wrong =
          browser.submit(codePage, "form[action$=/sign-in/code]", Map.of("code", "00000" + guess));
      assertThat(wrong.status()).isEqualTo(200);
      assertThat(wrong.document().select("#code-error").text()).contains("Enter the code");
    }
    PageSession.Page throttled =
        browser.submit(
            codePage, "form[action$=/sign-in/code]", Map.of("code", code(key, step + 1)));

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(browser.get("/").status()).isEqualTo(302);
  }

  @Test
  void theHeadAndTheSchoolsAdministratorsMustSetItUpTooWhoReadEveryPupil() {
    for (Role role : List.of(Role.HEAD, Role.SCHOOL_ADMIN)) {
      String email = role.name().toLowerCase() + "." + UUID.randomUUID() + "@fresh.example";
      accounts.createOrGrant(email, "Kit " + role, ApiClient.DEMO_PASSWORD, role, school.id());

      assertThat(askForToken(email, null).status()).as(role.name()).isEqualTo(403);
    }
  }

  @Test
  void aTeacherOfTheSameSchoolSignsInWithThePasswordAloneAndMayTurnItOnAndOff() {
    String email = "teacher." + UUID.randomUUID() + "@fresh.example";
    CurrentUser teacher =
        accounts.createOrGrant(
            email, "Tam Teacher", ApiClient.DEMO_PASSWORD, Role.TEACHER, school.id());
    assertThat(askForToken(email, null).status()).isEqualTo(201);

    String key = enrolments.begin(teacher.id()).orElseThrow().secret();
    enrolments.confirm(teacher.id(), code(key, TotpCodes.stepAt(Instant.now())));
    assertThat(askForToken(email, null).status()).isEqualTo(401);

    assertThat(enrolments.turnOff(teacher, "not-the-password"))
        .contains("identity.twoFactor.error.passwordWrong");
    assertThat(enrolments.turnOff(teacher, ApiClient.DEMO_PASSWORD)).isEmpty();

    assertThat(askForToken(email, null).status()).isEqualTo(201);
    assertThat(audited(teacher.id())).contains("TWO_FACTOR_REMOVED Turned two-factor sign-in off");
  }

  @Test
  void theSencoCannotTurnItOffWhileTheSchoolRequiresIt() {
    CurrentUser senco = school.senco();
    String key = enrolments.begin(senco.id()).orElseThrow().secret();
    enrolments.confirm(senco.id(), code(key, TotpCodes.stepAt(Instant.now())));

    assertThat(enrolments.turnOff(senco, ApiClient.DEMO_PASSWORD))
        .contains("identity.twoFactor.error.required");
    assertThat(enrolments.status(senco)).isEqualTo(new TwoFactorEnrolments.Status(true, true, 10));
  }

  private static PageSession.Page passwordOnThePage(PageSession browser, String email) {
    return browser.submit(
        browser.get("/sign-in"),
        "form[action$=/sign-in]",
        Map.of("email", email, "password", ApiClient.DEMO_PASSWORD));
  }

  private ApiClient.Response askForToken(String email, String otp) {
    return api.post(
        "/api/v1/auth/tokens",
        null,
        "{\"email\":\""
            + email
            + "\",\"password\":\""
            + ApiClient.DEMO_PASSWORD
            + "\""
            + (otp == null ? "" : ",\"otp\":\"" + otp + "\"")
            + "}");
  }

  /** The code the person's app shows in a 30-second step. */
  private static String code(String key, long step) {
    try {
      return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(key, step);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String storedKeyOf(UUID userId) {
    return sql.sql("select secret from two_factor_key where user_id = ?")
        .param(userId)
        .query(String.class)
        .single();
  }

  private List<String> audited(UUID userId) {
    return sql.sql("select action || ' ' || what from audit_event where actor_id = ? order by id")
        .param(userId)
        .query(String.class)
        .list();
  }
}
