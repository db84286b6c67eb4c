package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
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
import tools.jackson.databind.JsonNode;

/** EHC needs assessments through the API: the clock, its milestones, rights and refusals. */
@IntegrationTest
class AssessmentApiTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final String OFFICER = "officer@northshire.example";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  String senco;
  String officer;
  Pupils.Pupil pupil;
  String parent;

  @BeforeEach
  void pupilWithAParent() {
    api = new ApiClient(port);
    senco = api.tokenFor(Pupils.SENCO);
    officer = api.tokenFor(OFFICER);
    String email = "parent+" + UUID.randomUUID() + "@assessments.example";
    pupil = new Pupils(context).pupil("Amir", "Khan").withParent(email, "Nadia Khan").add();
    parent = api.tokenFor(email);
  }

  private String assessments() {
    return "/api/v1/children/" + pupil.id() + "/ehc-assessments";
  }

  private JsonNode requested(String on, String token) {
    ApiClient.Response response =
        api.post(
            assessments(), token, "{\"requestedOn\": \"" + on + "\", \"requestedBy\": \"PARENT\"}");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private ApiClient.Response step(JsonNode assessment, String token, String json) {
    return api.post(
        "/api/v1/ehc-assessments/" + assessment.get("id").asString() + "/events", token, json);
  }

  private JsonNode stepped(JsonNode assessment, String json) {
    ApiClient.Response response = step(assessment, officer, json);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode deadline(JsonNode assessment, String kind) {
    for (JsonNode d : assessment.get("deadlines")) {
      if (d.get("kind").asString().equals(kind)) {
        return d;
      }
    }
    throw new AssertionError("No " + kind + " in " + assessment);
  }

  @Test
  void aRequestOn5January2026IsDecidedBy16FebruaryAndPlannedBy25MayOr26May() {
    JsonNode assessment = requested("2026-01-05", senco);

    assertThat(assessment.get("requestedOn").asString()).isEqualTo("2026-01-05");
    assertThat(assessment.get("status").asString()).isEqualTo("REQUESTED");
    assertThat(assessment.get("version").asLong()).isZero();
    JsonNode decision = deadline(assessment, "DECISION_TO_ASSESS");
    assertThat(decision.get("due").asString()).isEqualTo("2026-02-16");
    assertThat(decision.has("nextWorkingDay")).isFalse();
    assertThat(decision.get("owner").asString()).isEqualTo("LOCAL_AUTHORITY");
    assertThat(decision.get("subjectId").asString()).isEqualTo(assessment.get("id").asString());
    assertThat(decision.get("childId").asString()).isEqualTo(pupil.id().toString());
    JsonNode finalPlan = deadline(assessment, "FINAL_PLAN");
    assertThat(finalPlan.get("due").asString()).isEqualTo("2026-05-25");
    assertThat(finalPlan.get("nextWorkingDay").asString()).isEqualTo("2026-05-26");

    ApiClient.Response read =
        api.get("/api/v1/ehc-assessments/" + assessment.get("id").asString(), parent);
    assertThat(read.status()).isEqualTo(200);
    assertThat(deadline(read.json(), "FINAL_PLAN").get("due").asString()).isEqualTo("2026-05-25");
  }

  @Test
  void eachMilestoneMeetsOrOpensItsDeadlinesUpToTheFinalPlan() {
    JsonNode assessment = requested("2026-01-05", parent);

    assessment = stepped(assessment, "{\"kind\": \"DECISION_TO_ASSESS\", \"on\": \"2026-02-10\"}");
    assertThat(assessment.get("status").asString()).isEqualTo("ASSESSING");
    assertThat(deadline(assessment, "DECISION_TO_ASSESS").get("status").asString())
        .isEqualTo("MET");
    assertThat(deadline(assessment, "DECISION_TO_ASSESS").get("metOn").asString())
        .isEqualTo("2026-02-10");
    assertThat(deadline(assessment, "DECISION_NOT_TO_ISSUE").get("due").asString())
        .isEqualTo("2026-04-27");

    assessment =
        stepped(
            assessment,
            "{\"kind\": \"ADVICE_REQUESTED\", \"on\": \"2026-02-11\","
                + " \"adviser\": \"Educational psychology service\"}");
    JsonNode advice = deadline(assessment, "ADVICE");
    assertThat(advice.get("due").asString()).isEqualTo("2026-03-25");
    assertThat(advice.get("ownerName").asString()).isEqualTo("Educational psychology service");
    String adviceId = assessment.get("events").get(1).get("id").asString();

    assessment =
        stepped(
            assessment,
            "{\"kind\": \"ADVICE_RECEIVED\", \"on\": \"2026-03-30\", \"adviceId\": \""
                + adviceId
                + "\"}");
    assertThat(deadline(assessment, "ADVICE").get("metOn").asString()).isEqualTo("2026-03-30");
    assessment = stepped(assessment, "{\"kind\": \"DRAFT_ISSUED\", \"on\": \"2026-04-20\"}");
    assertThat(deadline(assessment, "DRAFT_COMMENTS").get("due").asString())
        .isEqualTo("2026-05-05");
    assessment = stepped(assessment, "{\"kind\": \"FINAL_ISSUED\", \"on\": \"2026-05-22\"}");

    assertThat(assessment.get("status").asString()).isEqualTo("FINAL_ISSUED");
    assertThat(deadline(assessment, "FINAL_PLAN").get("status").asString()).isEqualTo("MET");
    assertThat(deadline(assessment, "APPEAL").get("due").asString()).isEqualTo("2026-07-22");
    JsonNode review = deadline(assessment, "ANNUAL_REVIEW");
    assertThat(review.get("due").asString()).isEqualTo("2027-05-22");
    assertThat(review.get("nextWorkingDay").asString()).isEqualTo("2027-05-24");
    assertThat(review.get("owner").asString()).isEqualTo("LOCAL_AUTHORITY");
    assertThat(assessment.get("events")).hasSize(5);
    assertThat(api.get("/api/v1/children/" + pupil.id(), parent).json().get("senStatus").asString())
        .as("a final plan issued makes the child's SEN status E")
        .isEqualTo("E");
    assertThat(assessment.get("events").get(4).get("recordedBy").asString())
        .isEqualTo("Priya Shah");
  }

  @Test
  void aRefusalToAssessEndsTheClockAndGivesTheFamilyTheirAppeal() {
    JsonNode assessment = requested("2026-01-05", senco);

    assessment =
        stepped(
            assessment,
            "{\"kind\": \"DECISION_TO_ASSESS\", \"on\": \"2026-02-13\", \"assess\": false}");

    assertThat(assessment.get("status").asString()).isEqualTo("NOT_ASSESSING");
    List<String> kinds =
        assessment.get("deadlines").valueStream().map(d -> d.get("kind").asString()).toList();
    assertThat(kinds).containsExactly("DECISION_TO_ASSESS", "APPEAL");
    assertThat(deadline(assessment, "APPEAL").get("owner").asString()).isEqualTo("FAMILY");
    assertThat(
            step(assessment, officer, "{\"kind\": \"DRAFT_ISSUED\", \"on\": \"2026-03-01\"}")
                .status())
        .isEqualTo(409);
  }

  @Test
  void aStepInTheFutureBeforeTheOneItFollowsOrOutOfOrderIsRefused() {
    JsonNode assessment = requested("2026-01-05", senco);

    ApiClient.Response future =
        step(
            assessment,
            officer,
            "{\"kind\": \"DECISION_TO_ASSESS\", \"on\": \"" + TODAY.plusDays(1) + "\"}");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("on");

    ApiClient.Response beforeTheRequest =
        step(assessment, officer, "{\"kind\": \"DECISION_TO_ASSESS\", \"on\": \"2026-01-04\"}");
    assertThat(beforeTheRequest.status()).isEqualTo(400);

    ApiClient.Response finalFirst =
        step(assessment, officer, "{\"kind\": \"FINAL_ISSUED\", \"on\": \"2026-02-01\"}");
    assertThat(finalFirst.status()).isEqualTo(409);
    assertThat(finalFirst.json().get("type").asString()).isEqualTo("/problems/out-of-order");

    ApiClient.Response unknown =
        step(assessment, officer, "{\"kind\": \"PARTY\", \"on\": \"2026-02-01\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");

    ApiClient.Response noAdviser =
        step(
            assessment,
            senco,
            "{\"kind\": \"DECISION_TO_ASSESS\", \"on\": \"2026-02-01\", \"note\": \""
                + "x".repeat(100_000)
                + "\"}");
    assertThat(noAdviser.status()).isEqualTo(400);
    assertThat(noAdviser.json().get("errors").get(0).get("field").asString()).isEqualTo("note");

    ApiClient.Response nul =
        step(
            assessment,
            senco,
            "{\"kind\": \"DECISION_TO_ASSESS\", \"on\": \"2026-02-01\", \"note\": \"a\\u0000b\"}");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
  }

  @Test
  void theFamilyReadsButOnlyStaffOfTheSchoolAndTheAuthorityRecordSteps() {
    JsonNode assessment = requested("2026-01-05", parent);

    assertThat(
            step(assessment, parent, "{\"kind\": \"DECISION_TO_ASSESS\", \"on\": \"2026-02-10\"}")
                .status())
        .isEqualTo(403);
    String teacher = api.tokenFor(Pupils.TEACHER);
    assertThat(api.get(assessments(), teacher).status()).isEqualTo(200);
    assertThat(
            step(assessment, teacher, "{\"kind\": \"DECISION_TO_ASSESS\", \"on\": \"2026-02-10\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            step(assessment, senco, "{\"kind\": \"DECISION_TO_ASSESS\", \"on\": \"2026-02-10\"}")
                .status())
        .isEqualTo(200);
  }

  @Test
  void aStrangerFindsNothingAndANonsenseIdIsNotFound() {
    JsonNode assessment = requested("2026-01-05", senco);
    String stranger = api.tokenFor("senco@brook.example");

    assertThat(
            api.get("/api/v1/ehc-assessments/" + assessment.get("id").asString(), stranger)
                .status())
        .isEqualTo(404);
    assertThat(
            step(assessment, stranger, "{\"kind\": \"DECISION_TO_ASSESS\", \"on\": \"2026-02-10\"}")
                .status())
        .isEqualTo(404);
    assertThat(api.get(assessments(), stranger).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/ehc-assessments/not-an-id", senco).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/ehc-assessments/" + UUID.randomUUID(), senco).status())
        .isEqualTo(404);
  }

  @Test
  void oneRequestAtATimeEvenWhenTwoAreSentAtOnce() {
    List<Integer> statuses =
        AtOnce.run(
            () ->
                api.post(
                        assessments(),
                        senco,
                        "{\"requestedOn\": \"2026-01-05\", \"requestedBy\": \"SCHOOL\"}")
                    .status(),
            () ->
                api.post(
                        assessments(),
                        parent,
                        "{\"requestedOn\": \"2026-01-06\", \"requestedBy\": \"PARENT\"}")
                    .status());

    assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    assertThat(api.get(assessments(), senco).json().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void twoStepsFromTheSameVersionRecordOneAndRefuseTheOther() {
    JsonNode assessment = requested("2026-01-05", senco);
    String body =
        "{\"kind\": \"ADVICE_REQUESTED\", \"on\": \"2026-02-11\", \"adviser\": \"%s\","
            + " \"version\": %d}";
    stepped(assessment, "{\"kind\": \"DECISION_TO_ASSESS\", \"on\": \"2026-02-10\"}");

    List<Integer> statuses =
        AtOnce.run(
            () -> step(assessment, officer, body.formatted("Educational psychology", 1)).status(),
            () ->
                step(assessment, senco, body.formatted("Speech and language therapy", 1)).status());

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
  }

  @Test
  void theDeadlinesOfEveryChildTheOfficerMaySeeAreAnsweredTogether() {
    JsonNode assessment = requested("2026-01-05", senco);

    ApiClient.Response mine = api.get("/api/v1/deadlines?size=200", parent);
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.json().get("items").valueStream().map(d -> d.get("childId").asString()))
        .containsOnly(pupil.id().toString());

    ApiClient.Response missed = api.get("/api/v1/deadlines?status=MISSED&size=200", officer);
    assertThat(
            missed
                .json()
                .get("items")
                .valueStream()
                .filter(d -> d.get("subjectId").asString().equals(assessment.get("id").asString()))
                .map(d -> d.get("kind").asString()))
        .contains("DECISION_TO_ASSESS", "FINAL_PLAN");
    assertThat(missed.json().get("items").valueStream().map(d -> d.get("status").asString()))
        .containsOnly("MISSED");

    String stranger = api.tokenFor("senco@brook.example");
    assertThat(
            api.get("/api/v1/deadlines?size=200", stranger)
                .json()
                .get("items")
                .valueStream()
                .map(d -> d.get("childId").asString()))
        .doesNotContain(pupil.id().toString());
  }

  @Test
  void theFirstReviewOfAPlanForAChildUnderFiveIsDueSixMonthsOn() {
    Pupils.Pupil young =
        new Pupils(context)
            .pupil("Lily", "Young")
            .bornOn(LocalDate.of(2023, 6, 1))
            .inYear("N1")
            .add();
    ApiClient.Response created =
        api.post(
            "/api/v1/children/" + young.id() + "/ehc-assessments",
            senco,
            "{\"requestedOn\": \"2026-01-05\", \"requestedBy\": \"SCHOOL\"}");
    JsonNode assessment = created.json();
    assessment = stepped(assessment, "{\"kind\": \"DECISION_TO_ASSESS\", \"on\": \"2026-02-10\"}");
    assessment = stepped(assessment, "{\"kind\": \"DRAFT_ISSUED\", \"on\": \"2026-04-20\"}");
    assessment = stepped(assessment, "{\"kind\": \"FINAL_ISSUED\", \"on\": \"2026-05-22\"}");

    assertThat(deadline(assessment, "ANNUAL_REVIEW").get("due").asString()).isEqualTo("2026-11-22");
  }
}
