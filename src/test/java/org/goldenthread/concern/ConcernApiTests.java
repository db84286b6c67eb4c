package org.goldenthread.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.SenStatus;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Early concerns through the API: raised (201) with the day the decision is due, read and listed a
 * page at a time, decided once by school staff (SEN support puts the child on the register, an EHC
 * needs assessment starts the clock), and refusals (a stranger on every route, the family deciding,
 * two decisions from one version, hostile text, a missing review date).
 */
@IntegrationTest
class ConcernApiTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final String STRANGER = "other.parent@example.org";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Concerns concerns;
  ApiClient api;
  Pupils pupils;
  Pupils.Pupil pupil;
  String parent;
  String senco;

  @BeforeEach
  void aPupilNotOnTheRegisterWithHerMother() {
    api = new ApiClient(port);
    pupils = new Pupils(context);
    String email = "mother+" + UUID.randomUUID() + "@concerns.example";
    pupil =
        pupils
            .pupil("Mali", "Evans" + UUID.randomUUID().toString().substring(0, 6))
            .status(SenStatus.N, null)
            .withParent(email, "Gwen Evans")
            .add();
    parent = api.tokenFor(email);
    senco = api.tokenFor(Pupils.SENCO);
  }

  private String concernsOf() {
    return "/api/v1/children/" + pupil.id() + "/concerns";
  }

  private JsonNode raised(String noticed) {
    ApiClient.Response response =
        api.post(
            concernsOf(),
            parent,
            json(
                Map.of(
                    "noticed", noticed,
                    "examples", "She covers her ears in assembly.",
                    "tried", "Ear defenders at home.",
                    "childSays", "It is too loud.")));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private ApiClient.Response decide(JsonNode concern, String token, Map<String, Object> body) {
    return api.post(
        "/api/v1/concerns/" + concern.get("id").asString() + "/decision", token, json(body));
  }

  /** A concern whose {@code field} is this text, the others harmless. */
  private static Map<String, String> with(String field, String text) {
    Map<String, String> body = new java.util.HashMap<>(Map.of("noticed", "ok"));
    body.put(field, text);
    return body;
  }

  private static String json(Map<String, ?> body) {
    return JSON.writeValueAsString(body);
  }

  @Test
  void aConcernIsRaisedWithItsDueDateAndReadAndListed() {
    JsonNode concern = raised("Mali finds noisy rooms very hard.");

    assertThat(concern.get("noticed").asString()).isEqualTo("Mali finds noisy rooms very hard.");
    assertThat(concern.get("examples").asString()).isEqualTo("She covers her ears in assembly.");
    assertThat(concern.get("tried").asString()).isEqualTo("Ear defenders at home.");
    assertThat(concern.get("childSays").asString()).isEqualTo("It is too loud.");
    assertThat(concern.get("raisedOn").asString()).isEqualTo(TODAY.toString());
    assertThat(concern.get("answerDueOn").asString())
        .isEqualTo(concerns.answerDue(pupils.riverside(), TODAY).toString());
    assertThat(concern.get("status").asString()).isEqualTo("OPEN");
    assertThat(concern.get("late").asBoolean()).isFalse();
    assertThat(concern.get("decision").isNull()).isTrue();
    assertThat(concern.get("raisedByName").asString()).isEqualTo("Gwen Evans");
    assertThat(concern.get("raisedByRole").asString()).isEqualTo("PARENT");
    assertThat(concern.get("version").asLong()).isZero();

    raised("A second worry, about lunchtimes.");
    ApiClient.Response read = api.get("/api/v1/concerns/" + concern.get("id").asString(), senco);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("id").asString()).isEqualTo(concern.get("id").asString());
    JsonNode page = api.get(concernsOf() + "?size=1", parent).json();
    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("size").asInt()).isEqualTo(1);
    assertThat(page.get("page").asInt()).isZero();
    assertThat(page.get("items")).hasSize(1);
    JsonNode second = api.get(concernsOf() + "?size=1&page=1", parent).json();
    assertThat(second.get("items").get(0).get("id").asString())
        .isEqualTo(concern.get("id").asString());
  }

  @Test
  void aStrangerFindsNothingOnEveryRouteAndTheFamilyMayNotDecide() {
    JsonNode concern = raised("Mali is not sleeping.");
    String stranger = api.tokenFor(STRANGER);
    String id = concern.get("id").asString();
    Map<String, Object> decision =
        Map.of("decision", "SEN_SUPPORT", "reasons", "Because", "version", 0);

    assertThat(api.get(concernsOf(), stranger).status()).isEqualTo(404);
    assertThat(api.post(concernsOf(), stranger, json(Map.of("noticed", "x"))).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/concerns/" + id, stranger).status()).isEqualTo(404);
    assertThat(decide(concern, stranger, decision).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/concerns/" + UUID.randomUUID(), parent).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/concerns/not-an-id", parent).status()).isEqualTo(404);

    ApiClient.Response family = decide(concern, parent, decision);
    assertThat(family.status()).as(family.body()).isEqualTo(403);
    assertThat(api.get("/api/v1/concerns/" + id, parent).json().get("status").asString())
        .isEqualTo("OPEN");
  }

  @Test
  void twoDecisionsFromOneVersionGiveOneDecisionAndOneConflict() {
    JsonNode concern = raised("Mali cannot find her words.");
    Map<String, Object> first =
        Map.of(
            "decision",
            "MONITOR",
            "reasons",
            "Let us watch.",
            "reviewOn",
            TODAY.plusWeeks(6).toString(),
            "version",
            0);
    Map<String, Object> second =
        Map.of("decision", "SEN_SUPPORT", "reasons", "Start now.", "version", 0);

    List<Integer> statuses =
        AtOnce.run(
            () -> decide(concern, senco, first).status(),
            () -> decide(concern, senco, second).status());

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    ApiClient.Response again =
        decide(
            concern,
            senco,
            Map.of(
                "decision",
                "MONITOR",
                "reasons",
                "Again",
                "reviewOn",
                TODAY.plusWeeks(1).toString()));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("already has a decision");
    JsonNode stored = api.get("/api/v1/concerns/" + concern.get("id").asString(), parent).json();
    assertThat(stored.get("version").asLong()).isEqualTo(1);
    assertThat(stored.get("status").asString()).isEqualTo("DECIDED");
  }

  @Test
  void hostileTextIsA400NamingTheFieldAndMarkupIsKeptAsWords() {
    for (String field : List.of("noticed", "examples", "tried", "childSays")) {
      ApiClient.Response nul = api.post(concernsOf(), parent, json(with(field, "a\u0000b")));
      assertThat(nul.status()).as(field).isEqualTo(400);
      assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
      ApiClient.Response huge =
          api.post(concernsOf(), parent, json(with(field, "x".repeat(100_000))));
      assertThat(huge.status()).as(field).isEqualTo(400);
      assertThat(huge.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
      ApiClient.Response long10k =
          api.post(concernsOf(), parent, json(with(field, "x".repeat(10_001))));
      assertThat(long10k.status()).as(field).isEqualTo(400);
      assertThat(long10k.body()).contains("\"" + field + "\"");
    }
    ApiClient.Response nothing = api.post(concernsOf(), parent, json(Map.of("noticed", "  ")));
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(nothing.body()).contains("\"noticed\"");

    JsonNode markup = raised("<script>alert(1)</script> & <b>bold</b>");
    assertThat(markup.get("noticed").asString())
        .isEqualTo("<script>alert(1)</script> & <b>bold</b>");
    ApiClient.Response nulReasons =
        decide(markup, senco, Map.of("decision", "SEN_SUPPORT", "reasons", "a\u0000b"));
    assertThat(nulReasons.status()).isEqualTo(400);
    assertThat(nulReasons.body()).contains("\"reasons\"");
    ApiClient.Response hugeReasons =
        decide(markup, senco, Map.of("decision", "SEN_SUPPORT", "reasons", "x".repeat(100_000)));
    assertThat(hugeReasons.status()).isEqualTo(400);
    assertThat(hugeReasons.body()).contains("\"reasons\"");
    ApiClient.Response noReasons = decide(markup, senco, Map.of("decision", "SEN_SUPPORT"));
    assertThat(noReasons.status()).isEqualTo(400);
    assertThat(noReasons.body()).contains("\"reasons\"");
    ApiClient.Response wrongChoice =
        decide(markup, senco, Map.of("decision", "<b>MONITOR</b>", "reasons", "x"));
    assertThat(wrongChoice.status()).isEqualTo(400);
    assertThat(wrongChoice.body()).contains("\"decision\"");
    assertThat(api.get(concernsOf(), parent).json().get("total").asLong()).isEqualTo(1);
  }

  @Test
  void aWrongDecisionDayAndMeetingTogetherAreOne400NamingEach() {
    JsonNode concern = raised("Mali hides under the table at lunch.");
    Map<String, Object> wrong = new java.util.HashMap<>();
    wrong.put("decision", "WAIT_AND_SEE");
    wrong.put("reasons", "We will watch.");
    wrong.put("reviewOn", "after half term");
    wrong.put("meetingId", "the one on Monday");
    ApiClient.Response refused = decide(concern, senco, wrong);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    Map<String, String> errors = new java.util.HashMap<>();
    refused
        .json()
        .get("errors")
        .forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
    assertThat(errors)
        .containsOnly(
            Map.entry("decision", context.getMessage("api.error.choice", null, Locale.UK)),
            Map.entry("reviewOn", context.getMessage("api.error.date", null, Locale.UK)),
            Map.entry("meetingId", context.getMessage("api.error.id", null, Locale.UK)));
    JsonNode stored = api.get("/api/v1/concerns/" + concern.get("id").asString(), parent).json();
    assertThat(stored.get("status").asString()).isEqualTo("OPEN");
  }

  @Test
  void keepingAnEyeOnItNeedsAReviewDateNotInThePast() {
    JsonNode concern = raised("Mali is anxious in maths.");

    ApiClient.Response none =
        decide(concern, senco, Map.of("decision", "MONITOR", "reasons", "We will watch."));
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().get("errors").get(0).get("field").asString()).isEqualTo("reviewOn");
    ApiClient.Response past =
        decide(
            concern,
            senco,
            Map.of(
                "decision",
                "MONITOR",
                "reasons",
                "We will watch.",
                "reviewOn",
                TODAY.minusDays(1).toString()));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.body()).contains("\"reviewOn\"");

    ApiClient.Response decided =
        decide(
            concern,
            senco,
            Map.of(
                "decision",
                "MONITOR",
                "reasons",
                "We will watch.",
                "reviewOn",
                TODAY.plusWeeks(6).toString(),
                "withoutMeeting",
                true,
                "how",
                "after a phone call with Gwen"));
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.json().get("decision").asString()).isEqualTo("MONITOR");
    assertThat(decided.json().get("reviewOn").asString()).isEqualTo(TODAY.plusWeeks(6).toString());
    assertThat(decided.json().get("decidedAtMeetingId").isNull()).isTrue();
    assertThat(decided.json().get("how").asString()).isEqualTo("after a phone call with Gwen");
    assertThat(decided.json().get("decidedByName").asString()).isEqualTo("Helen Carter");
    assertThat(childStatus()).isEqualTo("N");
  }

  @Test
  void senSupportPutsTheChildOnTheRegister() {
    JsonNode concern = raised("Mali's reading has not moved this year.");
    assertThat(childStatus()).isEqualTo("N");

    ApiClient.Response decided =
        decide(
            concern,
            senco,
            Map.of(
                "decision",
                "SEN_SUPPORT",
                "reasons",
                "Her reading age is well behind; we start support now.",
                "version",
                0));

    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.json().get("status").asString()).isEqualTo("DECIDED");
    assertThat(decided.json().get("decidedOn").asString()).isEqualTo(TODAY.toString());
    assertThat(childStatus()).isEqualTo("K");
    JsonNode history = api.get("/api/v1/children/" + pupil.id() + "/audit?size=20", senco).json();
    assertThat(history.toString()).contains("Set the SEN status to SEN support");
  }

  @Test
  void askingForAnAssessmentStartsTheClockOnceAndNotForATeacher() {
    JsonNode concern = raised("Mali is falling further behind in everything.");
    Map<String, Object> ask =
        Map.of("decision", "REQUEST_EHC_ASSESSMENT", "reasons", "Support has not been enough.");

    ApiClient.Response teacher = decide(concern, api.tokenFor(Pupils.TEACHER), ask);
    assertThat(teacher.status()).isEqualTo(400);
    assertThat(teacher.body()).contains("\"decision\"");

    ApiClient.Response decided = decide(concern, senco, ask);
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    String assessmentId = decided.json().get("assessmentId").asString();
    JsonNode assessments =
        api.get("/api/v1/children/" + pupil.id() + "/ehc-assessments", parent).json();
    assertThat(assessments.get("items").get(0).get("id").asString()).isEqualTo(assessmentId);
    assertThat(assessments.get("items").get(0).get("requestedBy").asString()).isEqualTo("SCHOOL");

    JsonNode another = raised("Another worry.");
    ApiClient.Response again = decide(another, senco, ask);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("already under way");
    assertThat(
            api.get("/api/v1/concerns/" + another.get("id").asString(), parent)
                .json()
                .get("status")
                .asString())
        .isEqualTo("OPEN");
  }

  private String childStatus() {
    return api.get("/api/v1/children/" + pupil.id(), senco).json().get("senStatus").asString();
  }
}
