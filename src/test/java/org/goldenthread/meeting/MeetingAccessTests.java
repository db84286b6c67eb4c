package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The meeting door holds the child's rules for everyone: who may see a meeting, its preparation,
 * its calendar file and its actions; who may change it; and that each read lands in the child's
 * audit trail.
 */
@IntegrationTest
class MeetingAccessTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  MeetingFixtures fixtures;
  String senco;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    fixtures = new MeetingFixtures(context);
    senco = api.tokenFor(MeetingFixtures.SENCO);
  }

  @Test
  void eachKindOfUserGetsExactlyWhatTheirRelationshipToTheChildAllows() {
    MeetingFixtures.Fresh child = fixtures.child();
    JsonNode meeting = book(child);
    String path = "/api/v1/meetings/" + meeting.get("id").asString();
    JsonNode action =
        created(
            api.post(
                path + "/actions",
                senco,
                "{\"description\":\"Ring home on Friday\",\"ownerId\":\""
                    + child.sencoId()
                    + "\",\"dueOn\":\""
                    + java.time.LocalDate.now().plusDays(20)
                    + "\"}"));
    String actionPath = "/api/v1/actions/" + action.get("id").asString();
    List<String> reads = List.of(path, path + "/invite.ics", path + "/actions", actionPath);

    for (String email :
        List.of("other.parent@example.org", "senco@brook.example", "ep@eps.example")) {
      String token = api.tokenFor(email);
      for (String read : reads) {
        assertThat(api.get(read, token).status()).as(email + " " + read).isEqualTo(404);
      }
      assertThat(api.send("PUT", path, token, "{\"location\":\"x\",\"version\":0}").status())
          .as(email)
          .isEqualTo(404);
    }
    for (String email : List.of("teacher@riverside.example", "officer@northshire.example")) {
      String token = api.tokenFor(email);
      for (String read : reads) {
        assertThat(api.get(read, token).status()).as(email + " " + read).isEqualTo(200);
      }
    }
    String parent = api.tokenFor(child.parentEmail());
    assertThat(api.get(path + "/preparation", parent).status()).isEqualTo(200);
    assertThat(
            api.send(
                    "PUT",
                    path,
                    parent,
                    "{\"location\":\"My kitchen\",\"version\":" + meeting.get("version") + "}")
                .status())
        .as("a parent does not change the meeting")
        .isEqualTo(403);
    String officer = api.tokenFor("officer@northshire.example");
    assertThat(api.get(path + "/preparation", officer).status())
        .as("preparation is for those invited")
        .isEqualTo(403);
    assertThat(
            api.post(path + "/preparation", officer, "{\"kind\":\"OTHER\",\"text\":\"hello\"}")
                .status())
        .isEqualTo(403);
    assertThat(api.get(path, null).status()).isEqualTo(401);
    assertThat(api.get(actionPath, null).status()).isEqualTo(401);
  }

  @Test
  void readingAMeetingIsRecordedInTheChildsAuditTrail() {
    MeetingFixtures.Fresh child = fixtures.child();
    JsonNode meeting = book(child);
    String parent = api.tokenFor(child.parentEmail());
    api.get("/api/v1/meetings/" + meeting.get("id").asString() + "/preparation", parent);
    JsonNode trail = api.get("/api/v1/children/" + child.id() + "/audit", senco).json();
    List<String> whats =
        trail.get("items").valueStream().map(e -> e.get("what").asString()).toList();
    assertThat(whats).contains("Looked at the meeting preparation");
    assertThat(whats).anyMatch(what -> what.startsWith("Booked the SEN support review on "));
  }

  @Test
  void theOutboxKeepsTheInvitationWithItsCalendarFileToDownload() {
    MeetingFixtures.Fresh child = fixtures.child();
    book(child);
    PageSession admin = new PageSession(port);
    admin.signIn("admin@goldenthread.example", ApiClient.DEMO_PASSWORD);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> admin.get("/admin/outbox").body().contains(child.parentEmail()));
    Element row =
        admin
            .get("/admin/outbox")
            .document()
            .select("tr:contains(" + child.parentEmail() + ")")
            .first();
    PageSession.Page message = admin.get(row.selectFirst("a").attr("href"));
    Element download = message.document().selectFirst("main a[href*=/attachments/]");
    assertThat(download.text()).contains("invite.ics");
    PageSession.Page file = admin.get(download.attr("href"));
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.header("Content-Type")).startsWith("text/calendar");
    assertThat(Calendars.value(Calendars.parse(file.body()), "METHOD")).isEqualTo("REQUEST");
  }

  private JsonNode book(MeetingFixtures.Fresh child) {
    Instant start = Instant.now().plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.MINUTES);
    return created(
        api.post(
            "/api/v1/children/" + child.id() + "/meetings",
            senco,
            "{\"kind\":\"SEN_SUPPORT_REVIEW\",\"startsAt\":\""
                + start
                + "\",\"location\":\"Room 4\",\"inviteeIds\":[\""
                + child.teacherId()
                + "\"]}"));
  }

  private static JsonNode created(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }
}
