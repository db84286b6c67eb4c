package org.goldenthread.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.review.ReviewFixtures.body;
import static org.goldenthread.review.ReviewFixtures.entry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.plan.PlanFixtures;
import org.goldenthread.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Graduated-approach reviews through the API: recording, reading, rules, rights and breaks. */
@IntegrationTest
class ReviewApiTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;
  ReviewFixtures fixtures;
  String senco;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    fixtures = new ReviewFixtures(context);
    senco = api.tokenFor(PlanFixtures.SENCO);
  }

  @Test
  void theSencoRecordsAReviewOfEveryOutcomeAndThePlanTakesTheProgressFound() {
    ReviewFixtures.Planned child = fixtures.child();

    ApiClient.Response recorded =
        api.post(
            child.reviews(),
            senco,
            body(
                TODAY,
                TODAY.plusWeeks(12),
                "CONTINUE",
                entry(child.words(), "NOT_STARTED", "Not tried yet"),
                entry(child.friends(), "in_progress", "Plays with Maya most days")));

    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    JsonNode review = recorded.json();
    assertThat(review.get("heldOn").asString()).isEqualTo(TODAY.toString());
    assertThat(review.get("decision").asString()).isEqualTo("CONTINUE");
    assertThat(review.get("nextReviewOn").asString()).isEqualTo(TODAY.plusWeeks(12).toString());
    assertThat(review.get("recordedByName").asString()).isEqualTo("Helen Carter");
    assertThat(review.get("childViewGatheredBy").asString())
        .isEqualTo("With her teaching assistant, using a symbol scale");
    JsonNode first = review.get("progress").get(0);
    assertThat(first.get("outcomeId").asString())
        .as("progress in plan order")
        .isEqualTo(child.friends().toString());
    assertThat(first.get("outcomeText").asString())
        .isEqualTo("Plays with two friends at breaktime");
    assertThat(first.get("successCriteria").asString()).isEqualTo("Seen on four days out of five");
    assertThat(first.get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(first.get("evidence").asString()).isEqualTo("Plays with Maya most days");

    JsonNode plan = api.get(child.plan(), senco).json();
    assertThat(status(plan, child.friends())).isEqualTo("IN_PROGRESS");
    assertThat(status(plan, child.words())).isEqualTo("NOT_STARTED");
    assertThat(plan.get("breaks").isEmpty()).as(plan.get("breaks").toString()).isTrue();
    JsonNode changes =
        api.get(child.plan() + "/outcomes/" + child.friends() + "/history", senco).json();
    assertThat(changes.get("items").get(0).get("change").asString()).isEqualTo("CHANGED");
    assertThat(changes.get("items").get(0).get("authorName").asString()).isEqualTo("Helen Carter");
    assertThat(changes.get("items").get(0).get("item").get("status").asString())
        .isEqualTo("IN_PROGRESS");

    JsonNode shown = api.get(child.reviews() + "/" + review.get("id").asString(), senco).json();
    assertThat(shown.get("parentView").asString())
        .isEqualTo("She talks about her friends at tea time");
    assertThat(
            api.get("/api/v1/children/" + child.id() + "/audit?size=50", senco).json().toString())
        .contains("Recorded the review held on ")
        .contains("keep going with the plan as it is");
  }

  @Test
  void reviewsAreListedNewestFirstAndALateWriteUpDoesNotUndoANewerReview() {
    ReviewFixtures.Planned child = fixtures.child();
    record(child, TODAY.minusWeeks(12), "ADJUST", "NOT_STARTED", "NOT_STARTED");
    record(child, TODAY, "CONTINUE", "ACHIEVED", "IN_PROGRESS");
    // Written up only now: the review held six weeks ago.
    record(child, TODAY.minusWeeks(6), "CONTINUE", "PARTLY_ACHIEVED", "NOT_STARTED");

    JsonNode list = api.get(child.reviews(), senco).json();
    assertThat(list.get("total").asInt()).isEqualTo(3);
    assertThat(list.get("items").findValuesAsString("heldOn"))
        .containsExactly(
            TODAY.toString(), TODAY.minusWeeks(6).toString(), TODAY.minusWeeks(12).toString());
    JsonNode plan = api.get(child.plan(), senco).json();
    assertThat(status(plan, child.friends())).isEqualTo("ACHIEVED");
    assertThat(status(plan, child.words())).isEqualTo("IN_PROGRESS");

    JsonNode page = api.get(child.reviews() + "?page=1&size=2", senco).json();
    assertThat(page.get("items").findValuesAsString("heldOn"))
        .containsExactly(TODAY.minusWeeks(12).toString());
  }

  @Test
  void aReviewThatLeavesAnOutcomeOutIsRefusedNamingThatOutcome() {
    ReviewFixtures.Planned child = fixtures.child();
    long planVersion = api.get(child.plan(), senco).json().get("version").asLong();

    ApiClient.Response refused =
        api.post(
            child.reviews(),
            senco,
            body(
                TODAY,
                TODAY.plusWeeks(12),
                "CONTINUE",
                entry(child.friends(), "IN_PROGRESS", "Plays with Maya")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    JsonNode error = refused.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("progress[" + child.words() + "]");
    assertThat(error.get("message").asString())
        .isEqualTo("Record the progress made towards this outcome, with its evidence");
    assertThat(api.get(child.reviews(), senco).json().get("total").asInt()).isZero();
    assertThat(api.get(child.plan(), senco).json().get("version").asLong())
        .as("nothing changed")
        .isEqualTo(planVersion);
  }

  @Test
  void eachRuleOfAReviewIsAFieldError() {
    ReviewFixtures.Planned child = fixtures.child();
    UUID stranger = UUID.randomUUID();

    ApiClient.Response refused =
        api.post(
            child.reviews(),
            senco,
            body(
                TODAY.plusDays(1),
                TODAY,
                "",
                entry(child.friends(), "IN_PROGRESS", " "),
                entry(child.words(), "NOT_STARTED", "Not yet"),
                entry(stranger, "ACHIEVED", "Someone else's")));
    assertThat(fields(refused))
        .containsExactlyInAnyOrder(
            "heldOn",
            "progress[" + stranger + "]",
            "progress[" + child.friends() + "].evidence",
            "decision",
            "nextReviewOn");

    ApiClient.Response unreadable =
        api.post(
            child.reviews(),
            senco,
            body(
                TODAY,
                TODAY.plusWeeks(1),
                "MAYBE",
                entry(child.friends(), "NEARLY", "x"),
                entry(child.words(), "NOT_STARTED", "Not yet")));
    assertThat(fields(unreadable))
        .as("a value of the wrong form is named by its place in the body")
        .containsExactlyInAnyOrder("progress[0].status", "decision");
  }

  @Test
  void aReviewLinksTheViewsItAnsweredAndOnlyThoseOfItsChild() {
    ReviewFixtures.Planned child = fixtures.child();
    ReviewFixtures.Planned other = fixtures.child();
    String said = view(child, "I like the lunch club");
    String elsewhere = view(other, "Homework is hard");
    String all =
        body(
            TODAY,
            TODAY.plusWeeks(12),
            "CONTINUE",
            entry(child.words(), "NOT_STARTED", "Not tried yet"),
            entry(child.friends(), "IN_PROGRESS", "Plays with Maya most days"));

    Map<String, String> namedField =
        Map.of(
            "\"" + elsewhere + "\"",
            "viewsAnswered",
            "\"not an id\"",
            "viewsAnswered[0]",
            "\"" + said + "\", null",
            "viewsAnswered");
    namedField.forEach(
        (wrong, field) -> {
          ApiClient.Response refused = api.post(child.reviews(), senco, withViews(all, wrong));
          assertThat(fields(refused)).as(wrong).containsExactly(field);
        });

    ApiClient.Response recorded =
        api.post(child.reviews(), senco, withViews(all, "\"" + said + "\", \"" + said + "\""));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.json().get("viewsAnswered").toString()).isEqualTo("[\"" + said + "\"]");
    String id = recorded.json().get("id").asString();
    assertThat(api.get(child.reviews() + "/" + id, senco).json().get("viewsAnswered").toString())
        .isEqualTo("[\"" + said + "\"]");
    assertThat(
            api.get(child.reviews(), senco).json().get("items").get(0).get("viewsAnswered").size())
        .isEqualTo(1);
  }

  private String view(ReviewFixtures.Planned child, String text) {
    ApiClient.Response recorded =
        api.post(
            "/api/v1/children/" + child.id() + "/views",
            senco,
            "{\"whose\":\"CHILD\",\"text\":\"" + text + "\"}");
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    return recorded.json().get("id").asString();
  }

  private static String withViews(String body, String ids) {
    return body.substring(0, body.length() - 1) + ",\"viewsAnswered\":[" + ids + "]}";
  }

  @Test
  void theParentReadsReviewsButMayNotRecordOneAndAnotherParentDoesNotSeeThem() {
    ReviewFixtures.Planned child = fixtures.child();
    String reviewId = record(child, TODAY, "CONTINUE", "IN_PROGRESS", "NOT_STARTED");
    String parent = api.tokenFor(child.child().parentEmail());

    ApiClient.Response attempt =
        api.post(
            child.reviews(),
            parent,
            body(
                TODAY,
                TODAY.plusWeeks(12),
                "END_SEN_SUPPORT",
                entry(child.friends(), "ACHIEVED", "Lots of friends"),
                entry(child.words(), "ACHIEVED", "Asks all the time")));
    assertThat(attempt.status()).isEqualTo(403);
    assertThat(attempt.contentType()).startsWith("application/problem+json");
    assertThat(api.get(child.reviews(), parent).json().get("items").get(0).get("id").asString())
        .isEqualTo(reviewId);
    assertThat(api.get(child.reviews() + "/" + reviewId, parent).status()).isEqualTo(200);

    String teacher = api.tokenFor("teacher@riverside.example");
    assertThat(api.get(child.reviews(), teacher).status()).isEqualTo(200);
    assertThat(
            api.post(
                    child.reviews(),
                    teacher,
                    body(
                        TODAY,
                        TODAY.plusWeeks(1),
                        "CONTINUE",
                        entry(child.words(), "ACHIEVED", "b")))
                .status())
        .as("a teacher not on the team reads only")
        .isEqualTo(403);

    String stranger = api.tokenFor("other.parent@example.org");
    assertThat(api.get(child.reviews(), stranger).status()).isEqualTo(404);
    assertThat(api.get(child.reviews() + "/" + reviewId, stranger).status()).isEqualTo(404);
    ReviewFixtures.Planned other = fixtures.child();
    assertThat(api.get(other.reviews() + "/" + reviewId, senco).status())
        .as("a review of another child")
        .isEqualTo(404);
    assertThat(api.get(child.reviews() + "/not-an-id", senco).status()).isEqualTo(404);
  }

  @Test
  void anOutcomeTheLastReviewMissedIsABreakUntilAReviewCoversIt() {
    ReviewFixtures.Planned child = fixtures.child();
    String reviewId = record(child, TODAY, "CONTINUE", "IN_PROGRESS", "NOT_STARTED");
    // Reviews recorded here always cover every outcome; one brought in from elsewhere, or written
    // before that rule, may not. Such a review is made here by taking one entry out of it.
    jdbc.update(
        "delete from plan_review_progress where review_id = ? and outcome_id = ?",
        UUID.fromString(reviewId),
        child.words());

    JsonNode missed = api.get(child.plan(), senco).json();
    assertThat(breaks(missed)).containsExactly("OUTCOME_NOT_REVIEWED " + child.words());
    assertThat(missed.get("breaks").get(0).get("message").asString())
        .isEqualTo(
            "The last review, on "
                + new org.goldenthread.web.Dates().date(TODAY)
                + ", did not record progress on the outcome \"Asks to join a game in her own"
                + " words\".");

    record(child, TODAY, "CONTINUE", "IN_PROGRESS", "IN_PROGRESS");
    assertThat(breaks(api.get(child.plan(), senco).json())).isEmpty();

    // An outcome agreed at the review and added after it was recorded is new, not missed.
    UUID need =
        UUID.fromString(
            api.get(child.plan(), senco).json().get("needs").get(0).get("id").asString());
    UUID added =
        fixtures.outcome(fixtures.asSenco(child.id()), "Invites a friend home for tea", need);
    assertThat(breaks(api.get(child.plan(), senco).json()))
        .containsExactly("OUTCOME_WITHOUT_PROVISION " + added);
  }

  private String record(
      ReviewFixtures.Planned child,
      LocalDate heldOn,
      String decision,
      String friends,
      String words) {
    ApiClient.Response response =
        api.post(
            child.reviews(),
            senco,
            body(
                heldOn,
                TODAY.plusWeeks(12),
                decision,
                entry(child.friends(), friends, "Seen at breaktime"),
                entry(child.words(), words, "Seen in class")));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  private static String status(JsonNode plan, UUID outcome) {
    for (JsonNode o : plan.get("outcomes")) {
      if (o.get("id").asString().equals(outcome.toString())) {
        return o.get("status").asString();
      }
    }
    return null;
  }

  private static List<String> breaks(JsonNode plan) {
    List<String> breaks = new ArrayList<>();
    plan.get("breaks")
        .forEach(b -> breaks.add(b.get("kind").asString() + " " + b.get("itemId").asString()));
    return breaks;
  }

  private static List<String> fields(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }
}
