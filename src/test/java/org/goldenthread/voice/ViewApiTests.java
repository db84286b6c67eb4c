package org.goldenthread.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.document.Uploads;
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
 * Views through the API: recorded with issue 17's shape, open loops that age until a response with
 * a feedback day closes them, the status filter, who may record and respond, hostile text, two
 * responses at once, and the views answered lifting the plan's participation.
 */
@IntegrationTest
class ViewApiTests {

  static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  static final LocalDate TODAY = LocalDate.now(ENGLAND);
  static final String OFFICER = "officer@northshire.example";
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
    String email = "mother+" + UUID.randomUUID() + "@views.example";
    pupil = new Pupils(context).pupil("Ola", "Nowak").withParent(email, "Ewa Nowak").add();
    parent = api.tokenFor(email);
    senco = api.tokenFor(Pupils.SENCO);
  }

  private String views() {
    return "/api/v1/children/" + pupil.id() + "/views";
  }

  private JsonNode recorded(String token, String json) {
    ApiClient.Response response = api.post(views(), token, json);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private ApiClient.Response respond(JsonNode view, String token, String json) {
    return api.post("/api/v1/views/" + view.get("id").asString() + "/response", token, json);
  }

  @Test
  void aDrawingSharedAsOneOfTheChildsDocumentsComesWithHerViewAndIsNotEvidence() {
    Uploads uploads = new Uploads(port);
    ApiClient.Response shared =
        uploads.post(
            "/api/v1/children/" + pupil.id() + "/documents",
            parent,
            Map.of("title", "Ola's drawing of break time", "kind", "VIEW"),
            "drawing.png",
            Uploads.png());
    assertThat(shared.status()).as(shared.body()).isEqualTo(201);
    assertThat(shared.json().path("responseDue").isNull())
        .as("a picture that goes with a view is answered with the view")
        .isTrue();
    String drawing = shared.json().get("id").asString();

    JsonNode view =
        recorded(
            parent,
            "{\"whose\": \"CHILD\", \"text\": \"This is me on my own at break.\","
                + " \"method\": \"DRAWING\", \"documentId\": \""
                + drawing
                + "\"}");
    assertThat(view.get("documentId").asString()).isEqualTo(drawing);

    Pupils.Pupil other = new Pupils(context).pupil("Kai", "Nowak").add();
    String elsewhere =
        uploads
            .post(
                "/api/v1/children/" + other.id() + "/documents",
                senco,
                Map.of("title", "Kai's drawing", "kind", "VIEW"),
                "kai.png",
                Uploads.png())
            .json()
            .get("id")
            .asString();
    for (String wrong : List.of(elsewhere, "not an id")) {
      ApiClient.Response refused =
          api.post(
              views(),
              parent,
              "{\"whose\": \"CHILD\", \"text\": \"Mine\", \"documentId\": \"" + wrong + "\"}");
      assertThat(refused.status()).as(wrong).isEqualTo(400);
      assertThat(refused.body()).contains("\"documentId\"");
    }
  }

  @Test
  void aViewIsRecordedOpenAgesAndIsClosedByAResponseWithItsFeedbackDay() {
    JsonNode view =
        recorded(parent, "{\"whose\": \"CHILD\", \"text\": \"I want to sit near the door.\"}");

    assertThat(view.get("id").asString()).isNotBlank();
    assertThat(view.get("whose").asString()).isEqualTo("CHILD");
    assertThat(view.get("text").asString()).isEqualTo("I want to sit near the door.");
    assertThat(view.get("status").asString()).isEqualTo("OPEN");
    assertThat(view.get("openDays").asLong()).isZero();
    assertThat(view.get("recordedBy").asString()).isEqualTo("Ewa Nowak");
    assertThat(view.get("recordedAt").asString()).isNotBlank();
    assertThat(view.get("version").asLong()).isZero();
    for (String field :
        List.of("aboutKind", "aboutId", "space", "voice", "method", "audience", "response")) {
      assertThat(view.has(field)).as(field).isTrue();
      assertThat(view.get(field).isNull()).as(field).isTrue();
    }
    assertThat(view.get("fedBackOn").isNull()).isTrue();

    recordedDaysAgo(view, 12);
    JsonNode aged = api.get("/api/v1/views/" + view.get("id").asString(), parent).json();
    assertThat(aged.get("openDays").asLong()).isEqualTo(12);
    assertThat(aged.get("status").asString()).isEqualTo("OPEN");

    ApiClient.Response answered =
        respond(view, senco, "{\"response\": \"You can sit by the door from Monday.\"}");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
    assertThat(answered.json().get("openDays").asLong())
        .as("answered but not fed back: still an open loop")
        .isEqualTo(12);

    ApiClient.Response again =
        respond(view, senco, "{\"fedBackOn\": \"" + TODAY.plusDays(1) + "\", \"version\": 1}");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("fedBackOn");
    ApiClient.Response tooEarly =
        respond(view, senco, "{\"fedBackOn\": \"" + TODAY.minusDays(13) + "\", \"version\": 1}");
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.json().get("errors").get(0).get("field").asString()).isEqualTo("fedBackOn");

    ApiClient.Response fedBack =
        respond(
            view,
            senco,
            "{\"how\": \"Told Ola at the start of the day\", \"fedBackOn\": \""
                + TODAY.minusDays(2)
                + "\", \"version\": 1}");
    assertThat(fedBack.status()).as(fedBack.body()).isEqualTo(200);
    JsonNode closed = fedBack.json();
    assertThat(closed.get("status").asString()).isEqualTo("FED_BACK");
    assertThat(closed.get("response").asString()).isEqualTo("You can sit by the door from Monday.");
    assertThat(closed.get("how").asString()).isEqualTo("Told Ola at the start of the day");
    assertThat(closed.get("fedBackOn").asString()).isEqualTo(TODAY.minusDays(2).toString());
    assertThat(closed.get("openDays").asLong()).as("open until it was fed back").isEqualTo(10);
    assertThat(closed.get("version").asLong()).isEqualTo(2);

    assertThat(respond(view, senco, "{\"response\": \"More\", \"version\": 2}").status())
        .as("a view fed back is closed")
        .isEqualTo(409);
  }

  @Test
  void theListIsPagedAndFilteredByStatus() {
    JsonNode first = recorded(parent, "{\"whose\": \"FAMILY\", \"text\": \"More homework help\"}");
    recorded(
        senco, "{\"whose\": \"CHILD\", \"text\": \"I like drawing\", \"method\": \"DRAWING\"}");
    respond(
        first,
        senco,
        "{\"response\": \"Homework club on Tuesdays\", \"fedBackOn\": \"" + TODAY + "\"}");

    JsonNode all = api.get(views() + "?size=1", parent).json();
    assertThat(all.get("total").asLong()).isEqualTo(2);
    assertThat(all.get("size").asInt()).isEqualTo(1);
    assertThat(all.get("items")).hasSize(1);
    JsonNode open = api.get(views() + "?status=OPEN", parent).json();
    assertThat(open.get("total").asLong()).isEqualTo(1);
    assertThat(open.get("items").get(0).get("text").asString()).isEqualTo("I like drawing");
    assertThat(open.get("items").get(0).get("method").asString()).isEqualTo("DRAWING");
    assertThat(open.get("items").get(0).get("recordedBy").asString()).isEqualTo("Helen Carter");
    JsonNode fed = api.get(views() + "?status=FED_BACK", parent).json();
    assertThat(fed.get("items").get(0).get("id").asString()).isEqualTo(first.get("id").asString());
    assertThat(api.get(views() + "?status=LOST", parent).status()).isEqualTo(400);
  }

  @Test
  void aStrangerFindsNothingAndOnlyStaffAndTheLeadProfessionalRespond() {
    JsonNode view = recorded(parent, "{\"whose\": \"FAMILY\", \"text\": \"Please call me\"}");
    String stranger = api.tokenFor(STRANGER);
    String id = view.get("id").asString();

    assertThat(api.get(views(), stranger).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/views/" + id, stranger).status()).isEqualTo(404);
    assertThat(api.post(views(), stranger, "{\"whose\": \"FAMILY\", \"text\": \"x\"}").status())
        .isEqualTo(404);
    assertThat(respond(view, stranger, "{\"response\": \"No\"}").status()).isEqualTo(404);
    assertThat(api.get("/api/v1/views/" + UUID.randomUUID(), parent).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/views/not-an-id", parent).status()).isEqualTo(404);

    assertThat(respond(view, parent, "{\"response\": \"Done it myself\"}").status())
        .as("the family never answers its own view")
        .isEqualTo(403);
    String officer = api.tokenFor(OFFICER);
    assertThat(respond(view, officer, "{\"response\": \"Yes\"}").status()).isEqualTo(403);
    assertThat(api.post(views(), officer, "{\"whose\": \"FAMILY\", \"text\": \"x\"}").status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/views/" + id, parent).json().get("status").asString())
        .isEqualTo("OPEN");
  }

  @Test
  void twoResponsesFromOneVersionGiveOneAnswerAndOneConflict() {
    JsonNode view = recorded(parent, "{\"whose\": \"CHILD\", \"text\": \"Lunch is too loud\"}");
    String first = "{\"response\": \"The library at lunch\", \"version\": 0}";
    String second = "{\"response\": \"Ear defenders\", \"version\": 0}";

    List<Integer> statuses =
        AtOnce.run(
            () -> respond(view, senco, first).status(),
            () -> respond(view, senco, second).status());

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    JsonNode stored = api.get("/api/v1/views/" + view.get("id").asString(), parent).json();
    assertThat(stored.get("version").asLong()).isEqualTo(1);
    assertThat(stored.get("status").asString()).isEqualTo("ANSWERED");
    assertThat(respond(view, senco, "{\"response\": \"Again\"}").status())
        .as("a second response needs the version read")
        .isEqualTo(409);
  }

  @Test
  void hostileOrMissingInputIsA400NamingTheFieldAndMarkupIsKeptAsWords() {
    ApiClient.Response nul =
        api.post(views(), parent, "{\"whose\": \"CHILD\", \"text\": \"a\\u0000b\"}");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.body()).contains("\"text\"");
    ApiClient.Response huge =
        api.post(
            views(), parent, "{\"whose\": \"CHILD\", \"text\": \"" + "x".repeat(100_000) + "\"}");
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.body()).contains("\"text\"");
    ApiClient.Response longSpace =
        api.post(
            views(),
            parent,
            "{\"whose\": \"CHILD\", \"text\": \"ok\", \"space\": \"" + "s".repeat(2_001) + "\"}");
    assertThat(longSpace.status()).isEqualTo(400);
    assertThat(longSpace.body()).contains("\"space\"");
    ApiClient.Response empty = api.post(views(), parent, "{\"text\": \" \"}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("\"whose\"", "\"text\"");
    ApiClient.Response wrong =
        api.post(
            views(),
            parent,
            "{\"whose\": \"CAT\", \"text\": \"x\", \"method\": \"SINGING\", \"aboutKind\": \"X\"}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("\"whose\"", "\"method\"", "\"aboutKind\"");
    ApiClient.Response notHers =
        api.post(
            views(),
            parent,
            "{\"whose\": \"CHILD\", \"text\": \"x\", \"aboutKind\": \"PLAN_ITEM\", \"aboutId\": \""
                + UUID.randomUUID()
                + "\"}");
    assertThat(notHers.status()).isEqualTo(400);
    assertThat(notHers.body()).contains("\"aboutId\"");
    ApiClient.Response aMeeting =
        api.post(
            views(),
            parent,
            "{\"whose\": \"CHILD\", \"text\": \"x\", \"aboutKind\": \"MEETING\", \"aboutId\": \""
                + UUID.randomUUID()
                + "\"}");
    assertThat(aMeeting.status()).isEqualTo(400);
    assertThat(aMeeting.body()).contains("\"aboutId\"");

    JsonNode markup =
        recorded(
            parent, "{\"whose\": \"CHILD\", \"text\": \"<script>alert(1)</script> & <b>hi</b>\"}");
    assertThat(markup.get("text").asString()).isEqualTo("<script>alert(1)</script> & <b>hi</b>");
    ApiClient.Response noResponse = respond(markup, senco, "{\"how\": \"Told her\"}");
    assertThat(noResponse.status()).isEqualTo(400);
    assertThat(noResponse.body()).contains("\"response\"");
    ApiClient.Response nulResponse = respond(markup, senco, "{\"response\": \"a\\u0000\"}");
    assertThat(nulResponse.status()).isEqualTo(400);
    assertThat(nulResponse.body()).contains("\"response\"");
    ApiClient.Response badDate =
        respond(markup, senco, "{\"response\": \"ok\", \"fedBackOn\": \"soon\"}");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body()).contains("\"fedBackOn\"");
    assertThat(api.get(views(), parent).json().get("total").asLong()).isEqualTo(1);
  }

  @Test
  void aViewAboutAnItemOfThePlanNamesItAndAnsweredViewsLiftParticipation() {
    JsonNode plan = api.get("/api/v1/children/" + pupil.id() + "/plan", senco).json();
    assertThat(plan.get("participation").asString()).isEqualTo("INFORMED");
    assertThat(plan.get("participationReasons").get(0).asString())
        .isEqualTo("The family has not added anything to this plan yet.");
    ApiClient.Response outcome =
        api.post(
            "/api/v1/children/" + pupil.id() + "/plan/outcomes",
            senco,
            "{\"text\": \"Ola will read a short book aloud to a friend\"}");
    assertThat(outcome.status()).as(outcome.body()).isEqualTo(201);
    String outcomeId = outcome.json().get("id").asString();

    JsonNode view =
        recorded(
            senco,
            "{\"whose\": \"CHILD\", \"text\": \"Reading aloud is scary\", \"aboutKind\":"
                + " \"PLAN_ITEM\", \"aboutId\": \""
                + outcomeId
                + "\", \"method\": \"TALKING_MAT\", \"space\": \"Quiet room\", \"voice\":"
                + " \"Picture cards\", \"audience\": \"Mrs Khan\"}");
    assertThat(view.get("aboutKind").asString()).isEqualTo("PLAN_ITEM");
    assertThat(view.get("aboutId").asString()).isEqualTo(outcomeId);
    assertThat(view.get("audience").asString()).isEqualTo("Mrs Khan");
    assertThat(
            api.get("/api/v1/children/" + pupil.id() + "/plan", senco)
                .json()
                .get("participation")
                .asString())
        .as("a view not yet answered does not count")
        .isEqualTo("INFORMED");

    assertThat(respond(view, senco, "{\"response\": \"You can read to Mrs Khan first\"}").status())
        .isEqualTo(200);
    JsonNode after = api.get("/api/v1/children/" + pupil.id() + "/plan", parent).json();
    assertThat(after.get("participation").asString()).isEqualTo("CONSULTED");
    assertThat(after.get("participationReason").asString()).contains("one of their views");
    assertThat(after.get("participationReasons").valueStream().map(JsonNode::asString))
        .containsExactly("One view of the child or the family was answered.");
  }

  /** Moves a view back to have been recorded some days ago. */
  private void recordedDaysAgo(JsonNode view, int days) {
    jdbc.update(
        "update voice_view set recorded_at = ? where id = ?",
        Timestamp.from(TODAY.minusDays(days).atTime(11, 0).atZone(ENGLAND).toInstant()),
        UUID.fromString(view.get("id").asString()));
  }
}
