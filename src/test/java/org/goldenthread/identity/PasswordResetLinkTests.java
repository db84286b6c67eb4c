package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The password-reset link's token is a key to the account for an hour: it leaves the address bar at
 * once, and no log keeps it (the app's own output and Tomcat's access log, turned on here with the
 * pattern the app ships). Two uses of one link at the same moment set one password.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordResetLinkTests {

  private static final Path TOMCAT =
      Path.of("target", "reset-link-tomcat-" + UUID.randomUUID()).toAbsolutePath();

  @DynamicPropertySource
  static void accessLog(DynamicPropertyRegistry registry) {
    registry.add("server.tomcat.basedir", TOMCAT::toString);
    registry.add("server.tomcat.accesslog.enabled", () -> "true");
    registry.add("server.tomcat.accesslog.buffered", () -> "false");
    registry.add("server.tomcat.accesslog.directory", () -> "logs");
    registry.add("logging.level.org.goldenthread", () -> "DEBUG");
  }

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aWholeResetLeavesTheTokenInNoLogAndNoAddressTheBrowserKeeps(CapturedOutput output) {
    String email = account();
    PageSession person = new PageSession(port);
    person.submit(person.get("/forgotten-password"), "main form", Map.of("email", email));
    String link = OutboxLinks.newest(jdbc, email, "/reset-password");
    String token = link.substring(link.indexOf("token=") + "token=".length());
    assertThat(token).hasSizeGreaterThan(30);

    PageSession.Page followed = person.get(link);
    assertThat(followed.status()).isEqualTo(302);
    assertThat(followed.location()).endsWith("/reset-password").doesNotContain(token);
    PageSession.Page form = person.get(followed.location());
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).doesNotContain(token);
    assertThat(form.document().selectFirst("main form").attr("action"))
        .isEqualTo("/reset-password");

    PageSession.Page mismatch =
        person.submit(
            form,
            "main form",
            Map.of("password", "lantern-orchard-7", "confirmPassword", "lantern-orchard-8"));
    PageSession.Page tooShort =
        person.submit(
            mismatch, "main form", Map.of("password", "short", "confirmPassword", "short"));
    assertThat(tooShort.document().select("#password-error").text())
        .contains("10 characters or more");
    PageSession.Page done =
        person.submit(
            tooShort,
            "main form",
            Map.of("password", "lantern-orchard-77", "confirmPassword", "lantern-orchard-77"));
    assertThat(done.status()).isEqualTo(302);
    assertThat(done.location()).endsWith("/sign-in?passwordChanged");

    assertThat(person.get(link).status()).isEqualTo(404);
    assertThat(new PageSession(port).get(link).status()).isEqualTo(404);
    PageSession.Page again =
        person.submit(
            form,
            "main form",
            Map.of("password", "lantern-orchard-99", "confirmPassword", "lantern-orchard-99"));
    assertThat(again.status()).isEqualTo(404);

    await().atMost(Duration.ofSeconds(20)).until(() -> accessLog().contains("/reset-password"));
    assertThat(accessLog()).contains("GET /reset-password HTTP").doesNotContain(token);
    assertThat(output.getAll()).doesNotContain(token);
    assertThat(jdbc.queryForList("select what from audit_event", String.class))
        .noneMatch(what -> what.contains(token));
    assertThat(
            jdbc.queryForList(
                "select attribute_bytes from spring_session_attributes", byte[].class))
        .noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(token));
  }

  @Test
  void twoUsesOfOneLinkAtTheSameMomentSetOnePasswordAndTellTheOtherTheLinkIsUsed()
      throws Exception {
    String email = account();
    PageSession asker = new PageSession(port);
    asker.submit(asker.get("/forgotten-password"), "main form", Map.of("email", email));
    String link = OutboxLinks.newest(jdbc, email, "/reset-password");
    PageSession first = new PageSession(port);
    PageSession second = new PageSession(port);
    PageSession.Page firstForm = first.get(first.get(link).location());
    PageSession.Page secondForm = second.get(second.get(link).location());

    List<Callable<PageSession.Page>> uses =
        List.of(
            () -> first.submit(firstForm, "main form", passwords("first-choice-lantern-1")),
            () -> second.submit(secondForm, "main form", passwords("second-choice-lantern-2")));
    List<PageSession.Page> answers = AtOnce.run(uses);

    assertThat(answers).extracting(PageSession.Page::status).containsExactlyInAnyOrder(302, 409);
    PageSession.Page lost = answers.stream().filter(a -> a.status() == 409).findFirst().get();
    assertThat(lost.document().select("h1").text()).isEqualTo("This link no longer works");
    assertThat(lost.document().select("main").text()).contains("used already");
    String winner =
        answers.get(0).status() == 302 ? "first-choice-lantern-1" : "second-choice-lantern-2";
    String loser =
        winner.startsWith("first") ? "second-choice-lantern-2" : "first-choice-lantern-1";
    assertThat(tokenStatus(email, winner)).isEqualTo(201);
    assertThat(tokenStatus(email, loser)).isEqualTo(401);
  }

  @Test
  void twoLinksOfOneAccountUsedAtTheSameMomentSetOnePassword() throws Exception {
    String email = account();
    PageSession asker = new PageSession(port);
    asker.submit(asker.get("/forgotten-password"), "main form", Map.of("email", email));
    String firstLink = OutboxLinks.newest(jdbc, email, "/reset-password");
    asker.submit(asker.get("/forgotten-password"), "main form", Map.of("email", email));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !OutboxLinks.newest(jdbc, email, "/reset-password").equals(firstLink));
    String secondLink = OutboxLinks.newest(jdbc, email, "/reset-password");
    PageSession first = new PageSession(port);
    PageSession second = new PageSession(port);
    PageSession.Page firstForm = first.get(first.get(firstLink).location());
    PageSession.Page secondForm = second.get(second.get(secondLink).location());

    List<PageSession.Page> answers =
        AtOnce.run(
            List.<Callable<PageSession.Page>>of(
                () -> first.submit(firstForm, "main form", passwords("first-choice-lantern-1")),
                () ->
                    second.submit(secondForm, "main form", passwords("second-choice-lantern-2"))));

    assertThat(answers).extracting(PageSession.Page::status).containsExactlyInAnyOrder(302, 409);
  }

  private static Map<String, String> passwords(String password) {
    return Map.of("password", password, "confirmPassword", password);
  }

  private int tokenStatus(String email, String password) {
    return new ApiClient(port)
        .post(
            "/api/v1/auth/tokens",
            null,
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
        .status();
  }

  private String account() {
    String email = "reset." + UUID.randomUUID() + "@example.org";
    accounts.createOrGrant(email, "Sam Reset", "original-password-42", Role.PARENT, null);
    return email;
  }

  private static String accessLog() {
    try (Stream<Path> files = Files.list(TOMCAT.resolve("logs"))) {
      StringBuilder all = new StringBuilder();
      for (Path file : files.toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8));
      }
      return all.toString();
    } catch (IOException e) {
      return "";
    }
  }
}
