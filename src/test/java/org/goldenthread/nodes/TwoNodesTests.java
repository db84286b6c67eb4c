package org.goldenthread.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.MailServer;
import org.goldenthread.support.Mailbox;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Two app nodes, each a process of its own, on one empty PostgreSQL database (a fresh one on the
 * test server), started together, with a real SMTP server (GreenMail, in this JVM) and their daily
 * digest checked every 3 seconds on both. The demo data is written once; a session signed in on one
 * node works on the other; each digest email goes once; a node killed (SIGKILL) in the middle of a
 * stream of writes loses none that it acknowledged, and leaves none half written; and an event that
 * a node is handling is not handed out again when another node restarts, only once it is stale
 * (here after 90 seconds), and then once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTests {

  private static final Duration START_UP = Duration.ofMinutes(4);
  private static final String SENCO = "senco@riverside.example";
  private static final String PARENT = "parent@example.org";
  private static final Duration STALE_AFTER = Duration.ofSeconds(90);

  /** A server of its own: it counts every digest its nodes send. */
  @RegisterExtension static GreenMailExtension smtp = MailServer.ofItsOwn();

  @Autowired DataSource testServer;
  @Autowired Environment environment;

  private final String database = "two_nodes_" + UUID.randomUUID().toString().replace("-", "");
  private final Mailbox mailbox = new Mailbox(smtp);
  private String url;
  private JdbcTemplate jdbc;
  private Map<String, String> settings;
  private AppNode a;
  private AppNode b;

  @BeforeAll
  void startTwoNodesTogetherOnAnEmptyDatabase() throws SQLException {
    try (Connection c = testServer.getConnection()) {
      c.createStatement().execute("create database " + database);
      url = c.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }
    String user = environment.getProperty("spring.datasource.username", "");
    String password = environment.getProperty("spring.datasource.password", "");
    if (user.isBlank()) {
      try (Connection c = testServer.getConnection()) {
        user = c.getMetaData().getUserName();
      }
    }
    Map<String, String> nodeSettings =
        Map.ofEntries(
            Map.entry("spring.datasource.url", url),
            Map.entry("spring.datasource.username", user),
            Map.entry("spring.datasource.password", password),
            Map.entry("spring.datasource.hikari.maximum-pool-size", "5"),
            Map.entry("goldenthread.demo-data", "true"),
            Map.entry("goldenthread.inbox.digest-hour", "0"),
            Map.entry("goldenthread.inbox.digest-delay", "PT5S"),
            Map.entry("goldenthread.inbox.digest-interval", "PT3S"),
            Map.entry("goldenthread.inbox.reminder-delay", "P3650D"),
            Map.entry("goldenthread.deadlines.notice-delay", "P3650D"),
            Map.entry("goldenthread.transfers.completion-delay", "P3650D"),
            Map.entry("goldenthread.events.stale-after", STALE_AFTER.toString()),
            Map.entry("goldenthread.events.resubmit-every", "PT2S"));
    settings = new HashMap<>(nodeSettings);
    settings.putAll(MailServer.settings(smtp.getSmtp().getPort()));
    a = AppNode.start("node-a", settings);
    b = AppNode.start("node-b", settings);
    a.awaitReady(START_UP);
    b.awaitReady(START_UP);
    jdbc = new JdbcTemplate(new SingleConnectionDataSource(url, user, password, true));
  }

  @AfterAll
  void stopNodesAndDropTheirDatabase() throws SQLException {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
    if (jdbc != null) {
      ((SingleConnectionDataSource) jdbc.getDataSource()).destroy();
    }
    try (Connection c = testServer.getConnection()) {
      c.createStatement().execute("drop database if exists " + database + " with (force)");
    }
  }

  @Test
  @Order(1)
  void theDemoDataIsWrittenOnceThoughBothNodesStartedOnTheEmptyDatabaseTogether() {
    assertThat(jdbc.queryForList("select email from app_user group by email having count(*) > 1"))
        .isEmpty();
    assertThat(
            jdbc.queryForObject("select count(*) from app_user where email = ?", Long.class, SENCO))
        .isOne();
    assertThat(
            jdbc.queryForList(
                "select upn from child where upn is not null group by upn having count(*) > 1"))
        .isEmpty();
    assertThat(new ApiClient(a.port()).tokenFor(SENCO)).isNotBlank();
    assertThat(new ApiClient(b.port()).tokenFor(SENCO)).isNotBlank();
  }

  @Test
  @Order(2)
  void aSessionSignedInOnOneNodeWorksOnTheOther() {
    PageSession browser = new PageSession(a.port());
    browser.signIn(SENCO, ApiClient.DEMO_PASSWORD);

    PageSession.Page onB = browser.get(b.url("/account/notifications"));

    assertThat(onB.status()).as("signed in on node B with node A's session").isEqualTo(200);
    assertThat(new PageSession(b.port()).get("/account/notifications").status())
        .as("a stranger is sent to sign in")
        .isEqualTo(302);
  }

  @Test
  @Order(3)
  void theDigestCheckedOnBothNodesSendsEachEmailOnce() throws InterruptedException {
    ApiClient api = new ApiClient(a.port());
    String senco = api.tokenFor(SENCO);
    String sarah = childNamed(api, senco, "Sarah");
    for (String subject : List.of("Swimming kit", "Trip on Friday")) {
      assertThat(message(api, senco, sarah, subject).status()).isEqualTo(201);
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> !digestsTo(PARENT).isEmpty());
    Thread.sleep(Duration.ofSeconds(10).toMillis());

    Map<String, Long> digestsPerPerson =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> Mailbox.subject(m).startsWith("Your daily digest"))
            .collect(Collectors.groupingBy(TwoNodesTests::recipient, Collectors.counting()));
    assertThat(digestsPerPerson).containsKey(PARENT);
    assertThat(digestsPerPerson.values()).as(digestsPerPerson.toString()).allMatch(n -> n == 1);
    assertThat(jdbc.queryForObject("select count(*) from inbox_digest", Long.class))
        .isGreaterThanOrEqualTo(digestsPerPerson.size());
  }

  @Test
  @Order(4)
  void aNodeKilledMidStreamLosesNoAcknowledgedWriteAndLeavesNoneHalfWritten()
      throws InterruptedException {
    ApiClient onA = new ApiClient(a.port());
    String tokenA = onA.tokenFor(SENCO);
    String sarah = childNamed(onA, tokenA, "Sarah");
    String run = "Kill " + UUID.randomUUID().toString().substring(0, 8) + " ";
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger numbers = new AtomicInteger();
    CountDownLatch enough = new CountDownLatch(30);
    ExecutorService writers = Executors.newFixedThreadPool(3);
    for (int w = 0; w < 3; w++) {
      writers.submit(
          () -> {
            while (true) {
              String subject = run + numbers.incrementAndGet();
              ApiClient.Response sent;
              try {
                sent = message(onA, tokenA, sarah, subject);
              } catch (RuntimeException nodeGone) {
                return;
              }
              if (sent.status() == 201) {
                acknowledged.put(subject, sent.json().get("threadId").asString());
                enough.countDown();
              }
            }
          });
    }

    assertThat(enough.await(60, TimeUnit.SECONDS)).as("writes acknowledged").isTrue();
    a.kill();
    writers.shutdown();
    assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    ApiClient onB = new ApiClient(b.port());
    String tokenB = onB.tokenFor(SENCO);
    for (Map.Entry<String, String> write : acknowledged.entrySet()) {
      ApiClient.Response thread =
          onB.get("/api/v1/children/" + sarah + "/messages/" + write.getValue(), tokenB);
      assertThat(thread.status()).as(write.getKey()).isEqualTo(200);
      assertThat(thread.json().get("subject").asString()).isEqualTo(write.getKey());
      assertThat(text(thread.json().get("messages").get(0))).isEqualTo("Body of " + write.getKey());
    }
    List<JsonNode> written = threadsOf(onB, tokenB, sarah, run);
    assertThat(written.size()).isGreaterThanOrEqualTo(acknowledged.size());
    for (JsonNode thread : written) {
      String subject = thread.get("subject").asString();
      assertThat(thread.get("messages").size()).as(subject).isOne();
      assertThat(text(thread.get("messages").get(0))).isEqualTo("Body of " + subject);
    }
  }

  @Test
  @Order(5)
  void aRestartedNodeLeavesAnEventInHandAloneAndOneNodeHandsItOverOnceItIsStale()
      throws InterruptedException {
    String email = "restart." + UUID.randomUUID() + "@nodes.example";
    Instant published = Instant.now();
    jdbc.update(
        "insert into event_publication (id, listener_id, event_type, serialized_event,"
            + " publication_date, status, completion_attempts)"
            + " values (?, ?, ?, ?, ?, 'PROCESSING', 0)",
        UUID.randomUUID(),
        "org.goldenthread.notification.IdentityMail.on(org.goldenthread.identity.InvitationIssued)",
        "org.goldenthread.identity.InvitationIssued",
        "{\"invitationId\":\""
            + UUID.randomUUID()
            + "\",\"email\":\""
            + email
            + "\",\"name\":\"Robin Restart\",\"role\":\"PLATFORM_ADMIN\","
            + "\"organisationId\":null,\"invitedBy\":null,"
            + "\"link\":\"http://localhost/invitations/restart\","
            + "\"expiresAt\":\"2099-01-01T00:00:00Z\",\"mailed\":true}",
        Timestamp.from(published));

    a = AppNode.start("node-a-restarted", settings).awaitReady(START_UP);
    Thread.sleep(Duration.ofSeconds(3).toMillis());

    assertThat(Duration.between(published, Instant.now()))
        .as("the restart was quick enough for this check")
        .isLessThan(STALE_AFTER);
    assertThat(mailbox.to(email)).as("not handed out again by the restarted node").isEmpty();
    await()
        .atMost(STALE_AFTER.multipliedBy(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> !mailbox.to(email).isEmpty());
    Thread.sleep(Duration.ofSeconds(6).toMillis());
    assertThat(mailbox.to(email)).as("handed over once, on one node").hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ?",
                Long.class,
                "%" + email + "%"))
        .as("completed")
        .isZero();
  }

  private ApiClient.Response message(ApiClient api, String token, String child, String subject) {
    return api.post(
        "/api/v1/children/" + child + "/messages",
        token,
        "{\"subject\":\"" + subject + "\",\"text\":\"Body of " + subject + "\"}");
  }

  private static String text(JsonNode message) {
    return message.get("text").asString();
  }

  private static String childNamed(ApiClient api, String token, String firstName) {
    return api.get("/api/v1/children?size=200", token)
        .json()
        .get("items")
        .valueStream()
        .filter(child -> child.toString().contains("\"" + firstName))
        .findFirst()
        .orElseThrow()
        .get("id")
        .asString();
  }

  private static List<JsonNode> threadsOf(
      ApiClient api, String token, String child, String subjectPrefix) {
    List<JsonNode> found = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode items =
          api.get("/api/v1/children/" + child + "/messages?size=200&page=" + page, token)
              .json()
              .get("items");
      if (items.isEmpty()) {
        return found;
      }
      items
          .valueStream()
          .filter(t -> t.get("subject").asString().startsWith(subjectPrefix))
          .forEach(found::add);
    }
  }

  private List<MimeMessage> digestsTo(String email) {
    return mailbox.to(email).stream()
        .filter(m -> Mailbox.subject(m).startsWith("Your daily digest"))
        .toList();
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
