package org.goldenthread.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.organisation.SchoolDays;
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
 * Requests in writing through the API: made with a due date, answered once by whoever it was sent
 * to, the time taken and lateness, the statutory clock an EHC request to the authority starts, and
 * refusals (a stranger, the family answering, hostile text, two answers at once).
 */
@IntegrationTest
class RequestApiTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final String OFFICER = "officer@northshire.example";
  static final String STRANGER = "other.parent@example.org";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SchoolDays schoolDays;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;
  Pupils pupils;
  Pupils.Pupil pupil;
  String parent;
  String senco;

  @BeforeEach
  void aPupilWithHerMother() {
    api = new ApiClient(port);
    pupils = new Pupils(context);
    String email = "mother+" + UUID.randomUUID() + "@requests.example";
    pupil = pupils.pupil("Nia", "Rees").withParent(email, "Ffion Rees").add();
    parent = api.tokenFor(email);
    senco = api.tokenFor(Pupils.SENCO);
  }

  private String requests() {
    return "/api/v1/children/" + pupil.id() + "/requests";
  }

  private JsonNode made(String kind, String to, String text) {
    ApiClient.Response response =
        api.post(
            requests(),
            parent,
            "{\"kind\": \"" + kind + "\", \"to\": \"" + to + "\", \"text\": \"" + text + "\"}");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private ApiClient.Response answer(JsonNode request, String token, String body) {
    return api.post("/api/v1/requests/" + request.get("id").asString() + "/answer", token, body);
  }

  @Test
  void aRequestToTheSchoolIsDueInItsRequestDaysAndAnsweredInTime() {
    JsonNode request = made("MEETING", "SCHOOL", "Please can we meet about reading?");

    assertThat(request.get("kind").asString()).isEqualTo("MEETING");
    assertThat(request.get("to").asString()).isEqualTo("SCHOOL");
    assertThat(request.get("text").asString()).isEqualTo("Please can we meet about reading?");
    assertThat(request.get("madeOn").asString()).isEqualTo(TODAY.toString());
    assertThat(request.get("dueOn").asString())
        .isEqualTo(schoolDays.requestAnswerDue(pupils.riverside(), TODAY).toString());
    assertThat(request.get("status").asString()).isEqualTo("OPEN");
    assertThat(request.get("late").asBoolean()).isFalse();
    assertThat(request.get("answer").isNull()).isTrue();
    assertThat(request.get("answeredOn").isNull()).isTrue();
    assertThat(request.get("daysTaken").isNull()).isTrue();
    assertThat(request.get("version").asLong()).isZero();
    assertThat(request.get("madeByName").asString()).isEqualTo("Ffion Rees");
    assertThat(request.get("madeByRole").asString()).isEqualTo("PARENT");

    ApiClient.Response answered =
        answer(
            request, senco, "{\"text\": \"Yes: Thursday at 3.30pm.\", \"decision\": \"AGREED\"}");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
    assertThat(answered.json().get("answer").asString()).isEqualTo("Yes: Thursday at 3.30pm.");
    assertThat(answered.json().get("decision").asString()).isEqualTo("AGREED");
    assertThat(answered.json().get("answeredOn").asString()).isEqualTo(TODAY.toString());
    assertThat(answered.json().get("daysTaken").asLong()).isZero();
    assertThat(answered.json().get("late").asBoolean()).isFalse();

    ApiClient.Response read = api.get("/api/v1/requests/" + request.get("id").asString(), parent);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("answeredByName").asString()).isEqualTo("Helen Carter");
    JsonNode list = api.get(requests() + "?size=1", parent).json();
    assertThat(list.get("total").asLong()).isEqualTo(1);
    assertThat(list.get("size").asInt()).isEqualTo(1);
    assertThat(list.get("items").get(0).get("id").asString())
        .isEqualTo(request.get("id").asString());
  }

  @Test
  void aRequestAnsweredLateIsLateWithTheDaysTakenAndItsDeadlineMetLate() {
    JsonNode request = made("PROVISION_CHANGE", "SCHOOL", "A quiet room at lunchtime, please.");
    JsonNode open = made("COPY_OF_RECORDS", "SCHOOL", "A copy of the reading assessments.");
    backdate(request, 30, 9);
    backdate(open, 25, 4);

    JsonNode openNow = api.get("/api/v1/requests/" + open.get("id").asString(), parent).json();
    assertThat(openNow.get("late").asBoolean()).isTrue();
    assertThat(openNow.get("status").asString()).isEqualTo("OPEN");

    ApiClient.Response answered =
        answer(
            request,
            senco,
            "{\"text\": \"We can offer the library at lunchtime.\", \"decision\":"
                + " \"PARTLY_AGREED\", \"version\": 0}");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().get("late").asBoolean()).isTrue();
    assertThat(answered.json().get("daysTaken").asLong()).isEqualTo(30);
    assertThat(answered.json().get("madeOn").asString()).isEqualTo(TODAY.minusDays(30).toString());

    JsonNode deadlines = api.get("/api/v1/deadlines?size=200", parent).json().get("items");
    JsonNode answeredDeadline = deadlineOf(deadlines, request);
    assertThat(answeredDeadline.get("kind").asString()).isEqualTo("REQUEST_ANSWER");
    assertThat(answeredDeadline.get("owner").asString()).isEqualTo("SCHOOL");
    assertThat(answeredDeadline.get("due").asString()).isEqualTo(TODAY.minusDays(9).toString());
    assertThat(answeredDeadline.get("metOn").asString()).isEqualTo(TODAY.toString());
    assertThat(answeredDeadline.get("status").asString()).isEqualTo("MET");
    assertThat(deadlineOf(deadlines, open).get("status").asString()).isEqualTo("MISSED");
  }

  @Test
  void aStrangerFindsNoneOfItAndTheFamilyMayNotAnswer() {
    JsonNode request = made("MEETING", "SCHOOL", "Please can we meet?");
    String stranger = api.tokenFor(STRANGER);
    String id = request.get("id").asString();

    assertThat(api.get(requests(), stranger).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/requests/" + id, stranger).status()).isEqualTo(404);
    assertThat(
            api.post(
                    requests(),
                    stranger,
                    "{\"kind\": \"MEETING\", \"to\": \"SCHOOL\", \"text\": \"x\"}")
                .status())
        .isEqualTo(404);
    assertThat(answer(request, stranger, "{\"text\": \"No\", \"decision\": \"REFUSED\"}").status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/requests/" + UUID.randomUUID(), parent).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/requests/not-an-id", parent).status()).isEqualTo(404);

    ApiClient.Response family =
        answer(request, parent, "{\"text\": \"Agreed by me\", \"decision\": \"AGREED\"}");
    assertThat(family.status()).isEqualTo(403);
    ApiClient.Response notTheirs =
        answer(request, api.tokenFor(OFFICER), "{\"text\": \"Yes\", \"decision\": \"AGREED\"}");
    assertThat(notTheirs.status()).as("the school's request is not the authority's").isEqualTo(403);
    assertThat(api.get("/api/v1/requests/" + id, parent).json().get("status").asString())
        .isEqualTo("OPEN");
  }

  @Test
  void twoAnswersAtOnceGiveOneAnswerAndOneConflict() {
    JsonNode request = made("SEN_SUPPORT", "SCHOOL", "Could Nia have help with reading?");
    String first = "{\"text\": \"Yes, from Monday.\", \"decision\": \"AGREED\", \"version\": 0}";
    String second = "{\"text\": \"Not yet.\", \"decision\": \"REFUSED\", \"version\": 0}";

    List<Integer> statuses =
        AtOnce.run(
            () -> answer(request, senco, first).status(),
            () -> answer(request, senco, second).status());

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    ApiClient.Response again =
        answer(request, senco, "{\"text\": \"Again\", \"decision\": \"AGREED\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("already been answered");
    JsonNode stored = api.get("/api/v1/requests/" + request.get("id").asString(), parent).json();
    assertThat(stored.get("version").asLong()).isEqualTo(1);
  }

  @Test
  void hostileOrMissingTextIsA400NamingTextAndMarkupIsKeptAsWords() {
    ApiClient.Response nul =
        api.post(
            requests(),
            parent,
            "{\"kind\": \"OTHER\", \"to\": \"SCHOOL\", \"text\": \"a\\u0000b\"}");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
    ApiClient.Response huge =
        api.post(
            requests(),
            parent,
            "{\"kind\": \"OTHER\", \"to\": \"SCHOOL\", \"text\": \"" + "x".repeat(100_000) + "\"}");
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
    ApiClient.Response long11k =
        api.post(
            requests(),
            parent,
            "{\"kind\": \"OTHER\", \"to\": \"SCHOOL\", \"text\": \"" + "x".repeat(10_001) + "\"}");
    assertThat(long11k.status()).isEqualTo(400);
    assertThat(long11k.body()).contains("\"text\"");
    ApiClient.Response nothing =
        api.post(requests(), parent, "{\"kind\": \"BRIBE\", \"text\": \"  \"}");
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(nothing.body()).contains("\"kind\"");
    ApiClient.Response empty = api.post(requests(), parent, "{\"text\": \" \"}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("\"kind\"", "\"to\"", "\"text\"");

    JsonNode markup = made("OTHER", "SCHOOL", "<script>alert(1)</script> & <b>bold</b>");
    assertThat(markup.get("text").asString()).isEqualTo("<script>alert(1)</script> & <b>bold</b>");
    ApiClient.Response noReasons = answer(markup, senco, "{\"decision\": \"AGREED\"}");
    assertThat(noReasons.status()).isEqualTo(400);
    assertThat(noReasons.body()).contains("\"text\"");
    assertThat(api.get(requests(), parent).json().get("total").asLong()).isEqualTo(1);
  }

  @Test
  void anEhcAssessmentAskedOfTheAuthorityStartsTheStatutoryClock() {
    JsonNode request =
        made("EHC_ASSESSMENT", "LOCAL_AUTHORITY", "Please assess Nia for an EHC plan.");

    assertThat(request.get("assessmentId").isNull()).isFalse();
    JsonNode assessments =
        api.get("/api/v1/children/" + pupil.id() + "/ehc-assessments", parent).json();
    assertThat(assessments.get("items")).hasSize(1);
    JsonNode assessment = assessments.get("items").get(0);
    assertThat(assessment.get("id").asString()).isEqualTo(request.get("assessmentId").asString());
    assertThat(assessment.get("requestedOn").asString()).isEqualTo(TODAY.toString());
    assertThat(assessment.get("requestedBy").asString()).isEqualTo("PARENT");
    JsonNode decision = null;
    for (JsonNode d : assessment.get("deadlines")) {
      if (d.get("kind").asString().equals("DECISION_TO_ASSESS")) {
        decision = d;
      }
    }
    assertThat(decision).as("a DECISION_TO_ASSESS deadline").isNotNull();
    assertThat(decision.get("due").asString()).isEqualTo(TODAY.plusWeeks(6).toString());
    assertThat(request.get("dueOn").asString()).isEqualTo(TODAY.plusWeeks(6).toString());

    ApiClient.Response again =
        api.post(
            requests(),
            parent,
            "{\"kind\": \"EHC_ASSESSMENT\", \"to\": \"LOCAL_AUTHORITY\", \"text\": \"Again\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("already under way", "out-of-order");
    assertThat(api.get(requests(), parent).json().get("total").asLong()).isEqualTo(1);

    assertThat(answer(request, senco, "{\"text\": \"x\", \"decision\": \"AGREED\"}").status())
        .as("the SENCO does not answer for the authority")
        .isEqualTo(403);
    ApiClient.Response officer =
        answer(
            request,
            api.tokenFor(OFFICER),
            "{\"text\": \"We will assess.\", \"decision\": \"AGREED\"}");
    assertThat(officer.status()).as(officer.body()).isEqualTo(200);
  }

  @Test
  void otherRequestsToTheAuthorityAreDueInTwentyWorkingDays() {
    JsonNode request = made("COPY_OF_RECORDS", "LOCAL_AUTHORITY", "A copy of Nia's file, please.");

    LocalDate due = LocalDate.parse(request.get("dueOn").asString());
    assertThat(due).isAfterOrEqualTo(TODAY.plusWeeks(4)).isBefore(TODAY.plusWeeks(6));
    assertThat(request.get("assessmentId").isNull()).isTrue();
  }

  /** Moves a request back to have been made some days ago, with its due date some days ago. */
  private void backdate(JsonNode request, int madeDaysAgo, int dueDaysAgo) {
    jdbc.update(
        "update written_request set made_on = ?, due_on = ? where id = ?",
        java.sql.Date.valueOf(TODAY.minusDays(madeDaysAgo)),
        java.sql.Date.valueOf(TODAY.minusDays(dueDaysAgo)),
        UUID.fromString(request.get("id").asString()));
  }

  private static JsonNode deadlineOf(JsonNode deadlines, JsonNode request) {
    for (JsonNode d : deadlines) {
      if (request.get("id").asString().equals(d.get("subjectId").asString())) {
        return d;
      }
    }
    throw new AssertionError("No deadline for " + request.get("id") + " in " + deadlines);
  }
}
