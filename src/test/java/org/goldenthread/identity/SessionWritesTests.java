package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.StatementCount;
import org.goldenthread.support.StatementCount.Counted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Page sessions in the database: two pages opened at once right after signing in both open (each
 * may save the same new attribute, such as the form token), and a request within a minute of the
 * last one does not write the session again, while one after a minute moves its last access on. A
 * page view reads its session once: the page is sent whole once the session is saved.
 */
@IntegrationTest
@Import(StatementCount.Counting.class)
class SessionWritesTests {

  private static final String PASSWORD = "lantern-harbour-meadow-73";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcTemplate jdbc;
  String email;

  @BeforeEach
  void anAccount() {
    email = "sessions." + UUID.randomUUID() + "@example.org";
    accounts.createOrGrant(email, "Sam Sessions", PASSWORD, Role.PARENT, null);
  }

  @Test
  void pagesOpenedAtOnceRightAfterSigningInAllOpen() {
    PageSession person = new PageSession(port);
    PageSession.Page signedIn =
        person.submit(
            person.get("/sign-in"),
            "form[action$=/sign-in]",
            Map.of("email", email, "password", PASSWORD));
    assertThat(signedIn.status()).as("signed in, no page opened yet").isEqualTo(302);
    Callable<Integer> openAccount = () -> person.get("/account").status();

    List<Integer> statuses = AtOnce.run(Collections.nCopies(8, openAccount));

    assertThat(statuses).containsOnly(200);
  }

  @Test
  void theSessionIsWrittenAgainOnlyOnceItsLastAccessIsAMinuteOld() {
    PageSession person = new PageSession(port);
    person.signIn(email, PASSWORD);
    person.get("/account");
    long stored = lastAccess();

    assertThat(person.get("/account").status()).isEqualTo(200);
    assertThat(lastAccess()).as("a request within the minute writes nothing").isEqualTo(stored);

    long twoMinutesEarlier = stored - 120_000;
    jdbc.update(
        "update spring_session set last_access_time = ? where principal_name = ?",
        twoMinutesEarlier,
        email);
    assertThat(person.get("/account").status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(lastAccess())
                    .as("a request a minute or more after the stored last access moves it on")
                    .isGreaterThanOrEqualTo(stored));
  }

  @Test
  void aPageReadsItsSessionOnceAndIsSentWhole() {
    PageSession person = new PageSession(port);
    person.signIn(email, PASSWORD);
    person.get("/account");

    Counted<PageSession.Page> opened = StatementCount.of(() -> person.get("/"));

    assertThat(opened.result().status()).isEqualTo(200);
    assertThat(opened.sql().stream().filter(SessionWritesTests::readsASession))
        .as("reads of the session among:%n%s", opened.listed())
        .hasSize(1);
    assertThat(opened.result().header("Content-Length"))
        .as("the page goes out whole, its length known")
        .isEqualTo(
            Integer.toString(opened.result().body().getBytes(StandardCharsets.UTF_8).length));
  }

  private static boolean readsASession(String sql) {
    String text = sql.strip().toUpperCase(Locale.ROOT);
    return text.startsWith("SELECT") && text.contains("FROM SPRING_SESSION ");
  }

  private long lastAccess() {
    return jdbc.queryForObject(
        "select last_access_time from spring_session where principal_name = ?", Long.class, email);
  }
}
