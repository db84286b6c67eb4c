package org.goldenthread.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Families' feedback through the API: the family answers once a meeting has happened and is asked
 * in their inbox when it is closed; one answer per person, changed with its version (two changes
 * from one version: one 200, one 409); staff may not answer (403), a stranger finds nothing (404),
 * hostile input is a 400 naming the field; and a review's feedback the same way.
 */
@IntegrationTest
class FeedbackApiTests {

  static final String STRANGER = "other.parent@example.org";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;
  Pupils.Pupil pupil;
  String parent;
  String senco;

  @BeforeEach
  void aPupilWithHerMother() {
    api = new ApiClient(port);
    String email = "mother+" + UUID.randomUUID() + "@feedback.example";
    pupil = new Pupils(context).pupil("Nia", "Rees").withParent(email, "Ffion Rees").add();
    parent = api.tokenFor(email);
    senco = api.tokenFor(Pupils.SENCO);
  }

  private String meeting(int startsInDays) {
    Instant start =
        Instant.now().plus(Duration.ofDays(startsInDays)).truncatedTo(ChronoUnit.MINUTES);
    ApiClient.Response booked =
        api.post(
            "/api/v1/children/" + pupil.id() + "/meetings",
            senco,
            "{\"kind\":\"SEN_SUPPORT_REVIEW\",\"startsAt\":\""
                + start
                + "\",\"location\":\"Room 4\",\"inviteeIds\":[\""
                + pupil.parentId()
                + "\"]}");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    return "/api/v1/meetings/" + booked.json().get("id").asString();
  }

  private static String answer(String heard, String next, String comment, Long version) {
    return "{\"feltHeard\":\""
        + heard
        + "\",\"knowsWhatNext\":\""
        + next
        + "\""
        + (comment == null ? "" : ",\"comment\":\"" + comment + "\"")
        + (version == null ? "" : ",\"version\":" + version)
        + "}";
  }

  @Test
  void theFamilyAnswersAfterTheMeetingIsClosedAndIsAskedInTheirInbox() {
    String meeting = meeting(-1);
    ApiClient.Response closed =
        api.post(
            meeting + "/close",
            senco,
            "{\"minutes\":\"We agreed a reading plan.\",\"noFollowUpReason\":\"Reviewed in spring\"}");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    String feedbackPage = meeting.replace("/api/v1", "") + "/feedback";

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                api.get("/api/v1/inbox?size=200", parent)
                    .json()
                    .get("items")
                    .valueStream()
                    .anyMatch(item -> feedbackPage.equals(item.get("link").asString())));

    assertThat(api.get(meeting + "/feedback", parent).status()).isEqualTo(404);
    ApiClient.Response given =
        api.post(meeting + "/feedback", parent, answer("YES", "PARTLY", "Thank you.", null));
    assertThat(given.status()).as(given.body()).isEqualTo(201);
    assertThat(given.json().get("feltHeard").asString()).isEqualTo("YES");
    assertThat(given.json().get("knowsWhatNext").asString()).isEqualTo("PARTLY");
    assertThat(given.json().get("version").asLong()).isZero();
    assertThat(given.json().get("openUntil").asString()).isNotBlank();

    ApiClient.Response changed =
        api.post(meeting + "/feedback", parent, answer("PARTLY", "YES", null, 0L));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("version").asLong()).isEqualTo(1);
    assertThat(changed.json().get("comment").isNull()).isTrue();
    assertThat(api.get(meeting + "/feedback", parent).json().get("feltHeard").asString())
        .isEqualTo("PARTLY");

    ApiClient.Response stale =
        api.post(meeting + "/feedback", parent, answer("NO", "NO", null, 0L));
    assertThat(stale.status()).isEqualTo(409);
    ApiClient.Response missing =
        api.post(meeting + "/feedback", parent, answer("NO", "NO", null, null));
    assertThat(missing.status()).isEqualTo(409);
    assertThat(count(pupil.id())).isEqualTo(1);
  }

  @Test
  void twoChangesFromOneVersionGiveOneChangeAndOneConflict() {
    String meeting = meeting(-2);
    assertThat(api.post(meeting + "/feedback", parent, answer("YES", "YES", null, null)).status())
        .isEqualTo(201);

    List<Integer> statuses =
        AtOnce.run(
                () ->
                    api.post(meeting + "/feedback", parent, answer("NO", "NO", null, 0L)).status(),
                () ->
                    api.post(meeting + "/feedback", parent, answer("PARTLY", "NO", null, 0L))
                        .status())
            .stream()
            .sorted()
            .toList();

    assertThat(statuses).containsExactly(200, 409);
    assertThat(api.get(meeting + "/feedback", parent).json().get("version").asLong()).isEqualTo(1);
  }

  @Test
  void staffMayNotAnswerForTheFamilyAStrangerFindsNothingAndNotBeforeTheMeeting() {
    String held = meeting(-1);
    ApiClient.Response staff =
        api.post(held + "/feedback", senco, answer("YES", "YES", null, null));
    assertThat(staff.status()).isEqualTo(403);
    String stranger = api.tokenFor(STRANGER);
    assertThat(api.post(held + "/feedback", stranger, answer("YES", "YES", null, null)).status())
        .isEqualTo(404);
    assertThat(api.get(held + "/feedback", stranger).status()).isEqualTo(404);

    String coming = meeting(3);
    ApiClient.Response tooSoon =
        api.post(coming + "/feedback", parent, answer("YES", "YES", null, null));
    assertThat(tooSoon.status()).isEqualTo(409);
    assertThat(count(pupil.id())).isZero();
  }

  @Test
  void hostileOrMissingAnswersAreA400NamingTheFieldAndMarkupIsKeptAsWords() {
    String meeting = meeting(-1);
    ApiClient.Response nul =
        api.post(meeting + "/feedback", parent, answer("YES", "YES", "a\\u0000b", null));
    assertThat(nul.status()).isEqualTo(400);
    assertThat(fields(nul.json())).containsExactly("comment");
    ApiClient.Response huge =
        api.post(meeting + "/feedback", parent, answer("YES", "YES", "x".repeat(100_000), null));
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.body()).contains("\"comment\"");
    ApiClient.Response tooLong =
        api.post(meeting + "/feedback", parent, answer("YES", "YES", "x".repeat(1001), null));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(fields(tooLong.json())).containsExactly("comment");
    ApiClient.Response wrong = api.post(meeting + "/feedback", parent, "{\"feltHeard\":\"MAYBE\"}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(fields(wrong.json())).contains("feltHeard", "knowsWhatNext");
    assertThat(count(pupil.id())).isZero();

    ApiClient.Response markup =
        api.post(
            meeting + "/feedback",
            parent,
            answer("NO", "YES", "<script>alert(1)</script> & <b>bold</b>", null));
    assertThat(markup.status()).isEqualTo(201);
    assertThat(markup.json().get("comment").asString())
        .isEqualTo("<script>alert(1)</script> & <b>bold</b>");
  }

  @Test
  void theFamilyAnswersAboutAReview() {
    UUID review = UUID.randomUUID();
    jdbc.update(
        "insert into plan_review (id, child_id, held_on, decision, next_review_on, recorded_by,"
            + " recorded_by_name, recorded_at) values (?, ?, current_date - 3, 'CONTINUE',"
            + " current_date + 60, ?, 'Helen Carter', now())",
        review,
        pupil.id(),
        pupil.sencoId());
    String path = "/api/v1/children/" + pupil.id() + "/reviews/" + review + "/feedback";

    ApiClient.Response given = api.post(path, parent, answer("PARTLY", "NO", "Too quick.", null));
    assertThat(given.status()).as(given.body()).isEqualTo(201);
    assertThat(given.json().get("subject").asString()).isEqualTo("REVIEW");
    assertThat(api.post(path, senco, answer("YES", "YES", null, null)).status()).isEqualTo(403);
    assertThat(api.post(path, api.tokenFor(STRANGER), answer("YES", "YES", null, null)).status())
        .isEqualTo(404);
    assertThat(
            api.post(
                    "/api/v1/children/"
                        + pupil.id()
                        + "/reviews/"
                        + UUID.randomUUID()
                        + "/feedback",
                    parent,
                    answer("YES", "YES", null, null))
                .status())
        .isEqualTo(404);
  }

  private long count(UUID childId) {
    return jdbc.queryForObject(
        "select count(*) from family_feedback where child_id = ?", Long.class, childId);
  }

  private static List<String> fields(JsonNode problem) {
    return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
  }
}
