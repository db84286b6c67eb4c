package org.goldenthread.disagreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.disagreement.DisagreementPeople.TODAY;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Disagreements through the API: recorded by the family with their deadlines and the next option,
 * stages added in any order by the family, the SENCO or the officer, the deadlines worked out
 * again; who sees (the family, the SENCO, the lead professional, the officer: 404 for a teacher,
 * another team member, a stranger and the member of staff a complaint names); refusals (a future
 * letter, a certificate on the wrong stage, hostile text, two stages from one version); and who is
 * told.
 */
@IntegrationTest
class DisagreementApiTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  DisagreementPeople people;
  String mother;

  @BeforeEach
  void aPupilAndEveryoneAroundHer() {
    api = new ApiClient(port);
    people = new DisagreementPeople(context);
    mother = api.tokenFor(people.mother);
  }

  private ApiClient.Response record(String token, String body) {
    return api.post(people.disagreements(), token, body);
  }

  private JsonNode recorded(String body) {
    ApiClient.Response response = record(mother, body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private ApiClient.Response stage(JsonNode d, String token, String body) {
    return api.post("/api/v1/disagreements/" + d.get("id").asString() + "/stages", token, body);
  }

  private static String refusal(java.time.LocalDate letter) {
    return "{\"about\": \"REFUSAL_TO_ASSESS\", \"decisionLetterOn\": \""
        + letter
        + "\", \"summary\": \"The council will not assess Maya.\"}";
  }

  private static JsonNode deadline(JsonNode d, String kind) {
    for (JsonNode each : d.get("deadlines")) {
      if (kind.equals(each.get("kind").asString())) {
        return each;
      }
    }
    return null;
  }

  @Test
  void aRefusalToAssessIsRecordedWithItsDeadlinesAndTheNextOption() {
    JsonNode d = recorded(refusal(TODAY.minusDays(10)));

    assertThat(d.get("id").asString()).isNotBlank();
    assertThat(d.get("about").asString()).isEqualTo("REFUSAL_TO_ASSESS");
    assertThat(d.get("sections").isEmpty()).isTrue();
    assertThat(d.get("decisionLetterOn").asString()).isEqualTo(TODAY.minusDays(10).toString());
    assertThat(d.get("summary").asString()).isEqualTo("The council will not assess Maya.");
    assertThat(d.get("stages").isEmpty()).isTrue();
    assertThat(d.get("version").asLong()).isZero();
    assertThat(d.get("open").asBoolean()).isTrue();
    assertThat(d.get("toTribunal").asBoolean()).isTrue();
    JsonNode advice = deadline(d, "MEDIATION_ADVICE");
    assertThat(advice.get("due").asString())
        .isEqualTo(TODAY.minusDays(10).plusMonths(2).toString());
    assertThat(advice.get("owner").asString()).isEqualTo("FAMILY");
    assertThat(advice.get("status").asString()).isEqualTo("PENDING");
    assertThat(advice.get("subjectId").asString()).isEqualTo(d.get("id").asString());
    assertThat(advice.get("childId").asString()).isEqualTo(people.pupil.id().toString());
    assertThat(advice.has("page")).isFalse();
    assertThat(deadline(d, "APPEAL")).isNotNull();
    assertThat(d.get("next").get("option").asString()).isEqualTo("MEDIATION_ADVICE");
    assertThat(d.get("next").get("deadline").get("kind").asString()).isEqualTo("MEDIATION_ADVICE");
    assertThat(d.get("next").get("rule").get(0).asString()).contains("mediation adviser");

    JsonNode list = api.get(people.disagreements() + "?size=1", mother).json();
    assertThat(list.get("total").asLong()).isEqualTo(1);
    assertThat(list.get("size").asInt()).isEqualTo(1);
    assertThat(list.get("page").asInt()).isZero();
    assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(d.get("id").asString());
    JsonNode one = api.get("/api/v1/disagreements/" + d.get("id").asString(), mother).json();
    assertThat(one.get("next").get("option").asString()).isEqualTo("MEDIATION_ADVICE");

    JsonNode deadlines = api.get("/api/v1/deadlines", mother).json();
    JsonNode items = deadlines.has("items") ? deadlines.get("items") : deadlines;
    assertThat(items.valueStream().map(x -> x.get("subjectId").asString()))
        .contains(d.get("id").asString());
  }

  @Test
  void stagesOutOfOrderAreKeptInDateOrderAndTheDeadlinesWorkedOutAgain() {
    JsonNode d = recorded(refusal(TODAY.minusDays(20)));

    ApiClient.Response advice =
        stage(
            d,
            mother,
            "{\"stage\": \"MEDIATION_ADVICE\", \"startedOn\": \""
                + TODAY.minusDays(5)
                + "\", \"certificateOn\": \""
                + TODAY.minusDays(2)
                + "\", \"outcome\": \"We decided not to mediate.\", \"version\": 0}");
    assertThat(advice.status()).as(advice.body()).isEqualTo(200);
    assertThat(advice.json().get("next").get("option").asString()).isEqualTo("APPEAL");
    assertThat(deadline(advice.json(), "MEDIATION_ADVICE").get("status").asString())
        .isEqualTo("MET");
    assertThat(deadline(advice.json(), "MEDIATION_CERTIFICATE").get("metOn").asString())
        .isEqualTo(TODAY.minusDays(2).toString());

    ApiClient.Response talked =
        stage(
            d,
            api.tokenFor(people.senco),
            "{\"stage\": \"TALK_TO_SCHOOL\", \"startedOn\": \""
                + TODAY.minusDays(15)
                + "\", \"asked\": \"Will the school support an appeal?\", \"answered\": \"Yes.\"}");
    assertThat(talked.status()).as(talked.body()).isEqualTo(200);
    JsonNode stages = talked.json().get("stages");
    assertThat(stages.get(0).get("stage").asString()).isEqualTo("TALK_TO_SCHOOL");
    assertThat(stages.get(0).get("answered").asString()).isEqualTo("Yes.");
    assertThat(stages.get(1).get("stage").asString()).isEqualTo("MEDIATION_ADVICE");
    assertThat(stages.get(1).get("certificateOn").asString())
        .isEqualTo(TODAY.minusDays(2).toString());
    assertThat(talked.json().get("next").get("option").asString()).isEqualTo("APPEAL");
    assertThat(talked.json().get("version").asLong()).isEqualTo(2);

    ApiClient.Response byOfficer =
        stage(
            d,
            api.tokenFor(people.officer),
            "{\"stage\": \"TRIBUNAL\", \"startedOn\": \"" + TODAY + "\"}");
    assertThat(byOfficer.status()).as(byOfficer.body()).isEqualTo(200);
    assertThat(byOfficer.json().get("next").get("option").asString()).isEqualTo("WITH_TRIBUNAL");
    assertThat(deadline(byOfficer.json(), "APPEAL").get("status").asString()).isEqualTo("MET");
  }

  @Test
  void aFutureLetterOrCertificateAndACertificateOnTheWrongStageAreRefusedByName() {
    ApiClient.Response future = record(mother, refusal(TODAY.plusDays(1)));
    assertThat(future.status()).isEqualTo(400);
    assertThat(fields(future)).containsExactly("decisionLetterOn");

    ApiClient.Response sections =
        record(mother, "{\"about\": \"CEASE\", \"sections\": [\"B\"], \"summary\": \"x\"}");
    assertThat(sections.status()).isEqualTo(400);
    assertThat(fields(sections)).containsExactly("sections");

    JsonNode d = recorded(refusal(TODAY.minusDays(3)));
    ApiClient.Response wrongStage =
        stage(
            d,
            mother,
            "{\"stage\": \"TALK_TO_SCHOOL\", \"startedOn\": \""
                + TODAY.minusDays(1)
                + "\", \"certificateOn\": \""
                + TODAY
                + "\"}");
    assertThat(wrongStage.status()).isEqualTo(400);
    assertThat(fields(wrongStage)).containsExactly("certificateOn");
    assertThat(wrongStage.body()).contains("mediation advice or mediation");

    ApiClient.Response futureCertificate =
        stage(
            d,
            mother,
            "{\"stage\": \"MEDIATION\", \"startedOn\": \""
                + TODAY.minusDays(1)
                + "\", \"certificateOn\": \""
                + TODAY.plusDays(2)
                + "\"}");
    assertThat(futureCertificate.status()).isEqualTo(400);
    assertThat(fields(futureCertificate)).containsExactly("certificateOn");

    ApiClient.Response nothing = stage(d, mother, "{}");
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(fields(nothing)).contains("stage", "startedOn");
    assertThat(
            api.get("/api/v1/disagreements/" + d.get("id").asString(), mother)
                .json()
                .get("stages")
                .isEmpty())
        .isTrue();
  }

  @Test
  void wrongChoicesAndDatesTogetherAreOne400NamingEachByItsPlace() {
    ApiClient.Response record =
        record(
            mother,
            "{\"about\": \"PLAN_CONTENTS\", \"sections\": [\"B\", \"Q\"],"
                + " \"decisionLetterOn\": \"last week\", \"summary\": \"The plan is vague.\"}");
    assertThat(record.status()).as(record.body()).isEqualTo(400);
    assertThat(fields(record)).containsExactlyInAnyOrder("sections[1]", "decisionLetterOn");

    JsonNode d = recorded(refusal(TODAY.minusDays(3)));
    ApiClient.Response stage =
        stage(d, mother, "{\"stage\": \"SHOUTING\", \"startedOn\": \"yesterday\"}");
    assertThat(stage.status()).as(stage.body()).isEqualTo(400);
    assertThat(fields(stage)).containsExactlyInAnyOrder("stage", "startedOn");
    assertThat(
            api.get("/api/v1/disagreements/" + d.get("id").asString(), mother)
                .json()
                .get("stages")
                .isEmpty())
        .isTrue();
    assertThat(api.get(people.disagreements(), mother).json().get("total").asLong()).isEqualTo(1);
  }

  @Test
  void hostileTextIsA400NamingItsField() {
    ApiClient.Response nul =
        record(mother, "{\"about\": \"SCHOOL_SUPPORT\", \"summary\": \"a\\u0000b\"}");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.body()).contains("summary");

    ApiClient.Response longText =
        record(
            mother,
            "{\"about\": \"SCHOOL_SUPPORT\", \"summary\": \"" + "a".repeat(100_000) + "\"}");
    assertThat(longText.status()).isEqualTo(400);
    assertThat(longText.body()).contains("summary");

    ApiClient.Response markup =
        record(
            mother, "{\"about\": \"SCHOOL_SUPPORT\", \"summary\": \"<script>alert(1)</script>\"}");
    assertThat(markup.status()).isEqualTo(400);
    assertThat(fields(markup)).containsExactly("summary");

    ApiClient.Response markedChoice =
        record(mother, "{\"about\": \"<b>CEASE</b>\", \"summary\": \"Plain\"}");
    assertThat(markedChoice.status()).isEqualTo(400);
    assertThat(fields(markedChoice)).containsExactly("about");

    JsonNode d = recorded("{\"about\": \"SCHOOL_SUPPORT\", \"summary\": \"Plain words; 3 < 4.\"}");
    assertThat(d.get("summary").asString()).isEqualTo("Plain words; 3 < 4.");
    ApiClient.Response markedOutcome =
        stage(
            d,
            mother,
            "{\"stage\": \"TALK_TO_SCHOOL\", \"startedOn\": \""
                + TODAY
                + "\", \"outcome\": \"<img src=x onerror=alert(1)>\"}");
    assertThat(markedOutcome.status()).isEqualTo(400);
    assertThat(fields(markedOutcome)).containsExactly("outcome");
    ApiClient.Response longAsked =
        stage(
            d,
            mother,
            "{\"stage\": \"TALK_TO_SCHOOL\", \"startedOn\": \""
                + TODAY
                + "\", \"asked\": \""
                + "a".repeat(100_000)
                + "\"}");
    assertThat(longAsked.status()).isEqualTo(400);
    assertThat(longAsked.body()).contains("asked");
  }

  @Test
  void twoStagesFromOneVersionGiveOne200AndOne409() {
    JsonNode d = recorded(refusal(TODAY.minusDays(3)));
    String body =
        "{\"stage\": \"TALK_TO_SCHOOL\", \"startedOn\": \"" + TODAY + "\", \"version\": 0}";
    String senco = api.tokenFor(people.senco);

    List<Integer> statuses =
        AtOnce.run(() -> stage(d, mother, body).status(), () -> stage(d, senco, body).status());

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(
            api.get("/api/v1/disagreements/" + d.get("id").asString(), mother)
                .json()
                .get("stages")
                .size())
        .isEqualTo(1);
  }

  @Test
  void onlyTheFamilyTheSencoTheLeadProfessionalAndTheOfficerSeeIt() {
    JsonNode d = recorded(refusal(TODAY.minusDays(3)));
    String one = "/api/v1/disagreements/" + d.get("id").asString();
    String stageBody = "{\"stage\": \"TALK_TO_SCHOOL\", \"startedOn\": \"" + TODAY + "\"}";

    for (String email : List.of(people.stranger, people.teacher)) {
      String token = api.tokenFor(email);
      assertThat(api.get(people.disagreements(), token).status()).as(email).isEqualTo(404);
      assertThat(record(token, refusal(TODAY)).status()).as(email).isEqualTo(404);
      assertThat(api.get(one, token).status()).as(email).isEqualTo(404);
      assertThat(stage(d, token, stageBody).status()).as(email).isEqualTo(404);
    }
    assertThat(api.get(one, api.tokenFor(people.teacher)).body()).doesNotContain("Maya");

    String lead = api.tokenFor(people.lead);
    assertThat(api.get(one, lead).status()).isEqualTo(200);
    assertThat(api.get(people.disagreements(), lead).json().get("total").asLong()).isEqualTo(1);
    assertThat(stage(d, lead, stageBody).status()).isEqualTo(403);
    assertThat(record(lead, refusal(TODAY)).status()).isEqualTo(403);

    String senco = api.tokenFor(people.senco);
    assertThat(api.get(one, senco).status()).isEqualTo(200);
    assertThat(record(senco, refusal(TODAY)).status()).isEqualTo(403);
    String officer = api.tokenFor(people.officer);
    assertThat(api.get(one, officer).status()).isEqualTo(200);

    assertThat(api.get("/api/v1/disagreements/" + UUID.randomUUID(), mother).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/disagreements/not-an-id", mother).status()).isEqualTo(404);
  }

  @Test
  void aComplaintAboutANamedMemberOfStaffIsHiddenFromThemAndNotToldToThem() {
    JsonNode aboutSenco =
        recorded(
            "{\"about\": \"SCHOOL_SUPPORT\", \"summary\": \"The SENCO cancelled our meeting twice.\","
                + " \"aboutStaffId\": \""
                + people.sencoId
                + "\"}");
    assertThat(aboutSenco.get("aboutStaffName").asString()).startsWith("Sam Senco");
    JsonNode plain =
        recorded("{\"about\": \"SCHOOL_SUPPORT\", \"summary\": \"Reading support stopped.\"}");

    String senco = api.tokenFor(people.senco);
    String one = "/api/v1/disagreements/" + aboutSenco.get("id").asString();
    assertThat(api.get(one, senco).status()).isEqualTo(404);
    assertThat(
            stage(
                    aboutSenco,
                    senco,
                    "{\"stage\": \"TALK_TO_SCHOOL\", \"startedOn\": \"" + TODAY + "\"}")
                .status())
        .isEqualTo(404);
    JsonNode list = api.get(people.disagreements(), senco).json();
    assertThat(list.get("total").asLong()).isEqualTo(1);
    assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(plain.get("id").asString());
    assertThat(api.get(one, api.tokenFor(people.lead)).status()).isEqualTo(200);

    ApiClient.Response notStaff =
        record(
            mother,
            "{\"about\": \"SCHOOL_SUPPORT\", \"summary\": \"x\", \"aboutStaffId\": \""
                + UUID.randomUUID()
                + "\"}");
    assertThat(notStaff.status()).isEqualTo(400);
    assertThat(fields(notStaff)).containsExactly("aboutStaffId");

    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(inboxLinks(senco))
                    .contains(link(plain))
                    .doesNotContain(link(aboutSenco)));
  }

  @Test
  void aDecisionOfTheAuthorityIsToldToItsOfficers() {
    JsonNode d = recorded(refusal(TODAY.minusDays(3)));
    String officer = api.tokenFor(people.officer);

    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(inboxLinks(officer)).contains(link(d)));
    assertThat(inboxLinks(api.tokenFor(people.senco))).doesNotContain(link(d));
  }

  private String link(JsonNode d) {
    return "/children/" + people.pupil.id() + "/disagreements/" + d.get("id").asString();
  }

  private List<String> inboxLinks(String token) {
    List<String> links = new ArrayList<>();
    api.get("/api/v1/inbox?size=200", token)
        .json()
        .get("items")
        .forEach(item -> links.add(item.get("link").asString()));
    return links;
  }

  private static List<String> fields(ApiClient.Response response) {
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }
}
