package org.goldenthread.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moving school through the API: the receiving SENCO sees nothing before the family agrees and the
 * whole record after; the move completes on its date, once however many job runs race for it; the
 * old school then keeps its copy as it stood and loses the live record; and the refusals (a
 * stranger, hostile input, a second open move, two answers at once).
 */
@IntegrationTest
class TransferApiTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired TransferCompletion completion;
  @Autowired TransferReads reads;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  ApiClient api;
  FreshSchool from;
  FreshSchool to;
  Pupils.Pupil pupil;
  String parent;
  String oldSenco;
  String newSenco;

  @BeforeEach
  void aPupilOfOneSchoolWithHerMotherAndAnotherSchool() {
    api = new ApiClient(port);
    from = FreshSchool.open(context);
    to = FreshSchool.open(context);
    String email = "mother+" + UUID.randomUUID() + "@transfers.example";
    pupil = new Pupils(context, from).pupil("Nia", "Moves").withParent(email, "Ffion Moves").add();
    parent = api.tokenFor(email);
    oldSenco = api.tokenFor(from.senco().email());
    newSenco = api.tokenFor(to.senco().email());
  }

  private String transfersOf() {
    return "/api/v1/children/" + pupil.id() + "/transfers";
  }

  private ApiClient.Response propose(LocalDate movesOn) {
    return api.post(
        transfersOf(),
        oldSenco,
        json(Map.of("toSchoolId", to.id().toString(), "movesOn", movesOn.toString())));
  }

  private JsonNode proposed(LocalDate movesOn) {
    ApiClient.Response response = propose(movesOn);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private ApiClient.Response answer(JsonNode transfer, String token, boolean agreed) {
    return api.post(
        "/api/v1/transfers/" + transfer.get("id").asString() + "/agreement",
        token,
        json(Map.of("agreed", agreed)));
  }

  private int childStatus(String token) {
    return api.get("/api/v1/children/" + pupil.id(), token).status();
  }

  private static String json(Map<String, ?> body) {
    return JSON.writeValueAsString(body);
  }

  @Test
  void theReceivingSencoSeesNothingUntilTheFamilyAgreesThenTheWholeRecord() {
    JsonNode transfer = proposed(TODAY.plusMonths(2));
    assertThat(transfer.get("status").asString()).isEqualTo("PROPOSED");
    assertThat(transfer.get("version").asLong()).isZero();
    assertThat(transfer.get("warnings").size())
        .as("a year 7 pupil moving to a primary school: warned, not refused")
        .isEqualTo(1);

    assertThat(childStatus(newSenco)).isEqualTo(404);
    String id = transfer.get("id").asString();
    assertThat(api.get("/api/v1/transfers/" + id, newSenco).status()).isEqualTo(404);
    assertThat(api.get(transfersOf(), newSenco).status()).isEqualTo(404);

    ApiClient.Response agreed = answer(transfer, parent, true);
    assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
    assertThat(agreed.json().get("status").asString()).isEqualTo("AGREED");

    assertThat(childStatus(newSenco)).isEqualTo(200);
    assertThat(api.get("/api/v1/children/" + pupil.id() + "/plan", newSenco).status())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/children/" + pupil.id() + "/meetings", newSenco).status())
        .isEqualTo(200);
    JsonNode team = api.get("/api/v1/children/" + pupil.id() + "/team", newSenco).json();
    assertThat(team.toString()).contains(to.senco().displayName(), from.senco().displayName());
    assertThat(childStatus(oldSenco)).as("still the school's pupil until the move").isEqualTo(200);
    assertThat(api.get("/api/v1/transfers/" + id, newSenco).status()).isEqualTo(200);
  }

  @Test
  void aMoveDatedTodayCompletesOnAgreementAndTheOldSchoolKeepsItsCopyOnly() {
    JsonNode transfer = proposed(TODAY);
    ApiClient.Response agreed = answer(transfer, parent, true);
    assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
    assertThat(agreed.json().get("status").asString()).isEqualTo("COMPLETED");
    UUID id = UUID.fromString(transfer.get("id").asString());

    assertThat(childStatus(oldSenco)).isEqualTo(404);
    assertThat(childStatus(newSenco)).isEqualTo(200);
    assertThat(
            api.get("/api/v1/children/" + pupil.id(), newSenco).json().get("schoolId").asString())
        .isEqualTo(to.id().toString());
    assertThat(reads.copy(from.senco(), id).json()).contains("Nia", "Moves");

    PageSession oldSchool = new PageSession(port);
    oldSchool.signIn(from.senco().email(), ApiClient.DEMO_PASSWORD);
    assertThat(oldSchool.get("/transfers/" + id + "/copy").status()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "select count(*) from child_audit where child_id = :child"
                        + " and actor_id = :reader and action = 'READ' and what like '%copy kept%'")
                .param("child", pupil.id())
                .param("reader", from.senco().id())
                .query(Long.class)
                .single())
        .as("the family sees in the audit trail that the school left behind read its copy")
        .isOne();

    String headEmail = "head." + UUID.randomUUID() + "@transfers.example";
    accounts.createOrGrant(headEmail, "Hal Head", ApiClient.DEMO_PASSWORD, Role.HEAD, from.id());
    PageSession head = new PageSession(port);
    head.signIn(headEmail, ApiClient.DEMO_PASSWORD);
    assertThat(head.get("/transfers/" + id + "/copy").status())
        .as("the copy holds the family's circumstances, which a head does not read: SENCOs only")
        .isEqualTo(404);
  }

  @Test
  void aYoungPersonIsToldOfTheirMoveAndAnswersItThemselves() {
    String email = "nia." + UUID.randomUUID() + "@transfers.example";
    UUID account =
        accounts.createOrGrant(email, "Nia Moves", ApiClient.DEMO_PASSWORD, Role.CHILD, null).id();
    jdbc.sql(
            "update child set user_id = :account,"
                + " date_of_birth = current_date - interval '17 years' where id = :child")
        .param("account", account)
        .param("child", pupil.id())
        .update();

    JsonNode transfer = proposed(TODAY.plusMonths(1));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from inbox_item where user_id = :account"
                                + " and link = :link")
                        .param("account", account)
                        .param("link", "/transfers/" + transfer.get("id").asString())
                        .query(Long.class)
                        .single()
                    == 1);
    ApiClient.Response answered = answer(transfer, api.tokenFor(email), true);
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().get("status").asString()).isEqualTo("AGREED");
  }

  @Test
  void afterTheMoveDateTheOldSencoReadsTheRecordAsItStoodAndNothingAddedLater() {
    JsonNode transfer = proposed(TODAY.plusDays(1));
    assertThat(answer(transfer, parent, true).json().get("status").asString()).isEqualTo("AGREED");
    UUID id = UUID.fromString(transfer.get("id").asString());
    assertThat(completion.completeDue(TODAY)).as("not its day yet").isZero();
    assertThat(completion.completeDue(TODAY.plusDays(1))).isEqualTo(1);

    JsonNode record = api.get("/api/v1/children/" + pupil.id(), newSenco).json();
    Map<String, Object> change = new HashMap<>();
    change.put("preferredName", "Niamh");
    change.put("version", record.get("version").asLong());
    ApiClient.Response changed =
        api.send("PUT", "/api/v1/children/" + pupil.id(), newSenco, json(change));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);

    String copy = reads.copy(from.senco(), id).json();
    assertThat(copy).contains("Nia").doesNotContain("Niamh");
    assertThat(childStatus(oldSenco)).isEqualTo(404);
    assertThat(api.send("PUT", "/api/v1/children/" + pupil.id(), oldSenco, json(change)).status())
        .as("the old school cannot change the record")
        .isEqualTo(404);
    assertThat(api.get("/api/v1/transfers/" + id, oldSenco).json().get("copyAvailable").asBoolean())
        .isTrue();
    assertThat(api.get("/api/v1/transfers/" + id, oldSenco).json().get("status").asString())
        .isEqualTo("COMPLETED");
  }

  @Test
  void twoJobRunsAtOnceCompleteTheMoveOnce() {
    JsonNode transfer = proposed(TODAY.plusDays(3));
    answer(transfer, parent, true);
    LocalDate day = TODAY.plusDays(3);

    List<Integer> runs =
        AtOnce.run(() -> completion.completeDue(day), () -> completion.completeDue(day));

    assertThat(runs).containsExactlyInAnyOrder(0, 1);
    assertThat(
            jdbc.sql("select count(*) from transfer_copy where transfer_id = :id")
                .param("id", UUID.fromString(transfer.get("id").asString()))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void twoAnswersAtOnceOneWinsTheOtherIsAConflict() {
    JsonNode transfer = proposed(TODAY.plusMonths(1));

    List<Integer> statuses =
        AtOnce.run(
            () -> answer(transfer, parent, true).status(),
            () -> answer(transfer, parent, false).status());

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(answer(transfer, parent, true).status()).isEqualTo(409);
  }

  @Test
  void oneOpenMoveAtATimeAndTheProposerMayCancelIt() {
    JsonNode transfer = proposed(TODAY.plusMonths(1));
    assertThat(propose(TODAY.plusMonths(2)).status()).isEqualTo(409);

    String cancel = "/api/v1/transfers/" + transfer.get("id").asString() + "/cancellation";
    assertThat(api.post(cancel, parent, "{}").status()).isEqualTo(403);
    ApiClient.Response cancelled = api.post(cancel, oldSenco, "{}");
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
    assertThat(api.post(cancel, oldSenco, "{}").status()).isEqualTo(409);
    assertThat(answer(transfer, parent, true).status()).isEqualTo(409);
    assertThat(propose(TODAY.plusMonths(2)).status()).isEqualTo(201);
    assertThat(api.get(transfersOf(), parent).json().get("total").asLong()).isEqualTo(2);
  }

  @Test
  void onlyTheFamilyAnswersAndOnlyTheSchoolOrAuthorityProposes() {
    JsonNode transfer = proposed(TODAY.plusMonths(1));
    assertThat(answer(transfer, oldSenco, true).status()).isEqualTo(403);
    assertThat(
            api.post(
                    transfersOf(),
                    parent,
                    json(Map.of("toSchoolId", to.id().toString(), "movesOn", TODAY.toString())))
                .status())
        .isEqualTo(403);
  }

  @Test
  void aStrangerFindsNothing() {
    JsonNode transfer = proposed(TODAY.plusMonths(1));
    String id = transfer.get("id").asString();
    String stranger = api.tokenFor(Pupils.SENCO);
    assertThat(api.get(transfersOf(), stranger).status()).isEqualTo(404);
    assertThat(
            api.post(
                    transfersOf(),
                    stranger,
                    json(Map.of("toSchoolId", to.id().toString(), "movesOn", TODAY.toString())))
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/transfers/" + id, stranger).status()).isEqualTo(404);
    assertThat(answer(transfer, stranger, true).status()).isEqualTo(404);
    assertThat(api.post("/api/v1/transfers/" + id + "/cancellation", stranger, "{}").status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/transfers/not-an-id", stranger).status()).isEqualTo(404);
  }

  @Test
  void hostileOrWrongInputIsA400NamingTheField() {
    String nul = "a\u0000b";
    String huge = "x".repeat(100_000);
    for (String bad : List.of(nul, huge, "<script>alert(1)</script>")) {
      ApiClient.Response school =
          api.post(
              transfersOf(), oldSenco, json(Map.of("toSchoolId", bad, "movesOn", "2027-09-01")));
      assertThat(school.status()).as(school.body()).isEqualTo(400);
      assertThat(school.body()).contains("toSchoolId");
      ApiClient.Response date =
          api.post(
              transfersOf(),
              oldSenco,
              json(Map.of("toSchoolId", to.id().toString(), "movesOn", bad)));
      assertThat(date.status()).as(date.body()).isEqualTo(400);
      assertThat(date.body()).contains("movesOn");
    }
    ApiClient.Response own =
        api.post(
            transfersOf(),
            oldSenco,
            json(Map.of("toSchoolId", from.id().toString(), "movesOn", TODAY.toString())));
    assertThat(own.status()).isEqualTo(400);
    assertThat(own.body()).contains("toSchoolId");
    ApiClient.Response none = api.post(transfersOf(), oldSenco, "{}");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.body()).contains("toSchoolId", "movesOn");
    ApiClient.Response far =
        api.post(
            transfersOf(),
            oldSenco,
            json(
                Map.of(
                    "toSchoolId", to.id().toString(), "movesOn", TODAY.plusYears(5).toString())));
    assertThat(far.status()).isEqualTo(400);

    JsonNode transfer = proposed(TODAY.plusMonths(1));
    String agreement = "/api/v1/transfers/" + transfer.get("id").asString() + "/agreement";
    for (String body : List.of("{}", json(Map.of("agreed", nul)), json(Map.of("agreed", huge)))) {
      ApiClient.Response answered = api.post(agreement, parent, body);
      assertThat(answered.status()).as(answered.body()).isEqualTo(400);
      assertThat(answered.body()).contains("agreed");
    }
  }

  @Test
  void anOutsideProfessionalStaysOnlyWithTheFamilysConsentGivenAgain() {
    String email = "therapist+" + UUID.randomUUID() + "@transfers.example";
    UUID therapistId =
        context
            .getBean(org.goldenthread.identity.Accounts.class)
            .createOrGrant(
                email,
                "Tess Therapist",
                ApiClient.DEMO_PASSWORD,
                org.goldenthread.identity.Role.PROFESSIONAL,
                null)
            .id();
    String therapist = api.tokenFor(email);
    Map<String, Object> member = new HashMap<>();
    member.put("userId", therapistId.toString());
    member.put("name", "Tess Therapist");
    member.put("role", "SPEECH_AND_LANGUAGE_THERAPIST");
    member.put("startOn", TODAY.toString());
    ApiClient.Response added =
        api.post("/api/v1/children/" + pupil.id() + "/team", oldSenco, json(member));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    String memberId = added.json().get("id").asString();
    ApiClient.Response consent =
        api.post(
            "/api/v1/children/" + pupil.id() + "/consents",
            parent,
            json(
                Map.of(
                    "memberId",
                    memberId,
                    "status",
                    "GIVEN",
                    "method",
                    "IN_APP",
                    "givenOn",
                    TODAY.toString())));
    assertThat(consent.status()).as(consent.body()).isEqualTo(201);
    assertThat(childStatus(therapist)).isEqualTo(200);

    answer(proposed(TODAY), parent, true);

    assertThat(childStatus(therapist)).as("waiting for consent again").isEqualTo(404);
    JsonNode team = api.get("/api/v1/children/" + pupil.id() + "/team", parent).json();
    assertThat(team.toString()).contains("PENDING");
    ApiClient.Response renewed =
        api.post(
            "/api/v1/children/" + pupil.id() + "/consents",
            parent,
            json(
                Map.of(
                    "memberId",
                    memberId,
                    "status",
                    "GIVEN",
                    "method",
                    "IN_APP",
                    "givenOn",
                    TODAY.toString())));
    assertThat(renewed.status()).as(renewed.body()).isEqualTo(201);
    assertThat(childStatus(therapist)).isEqualTo(200);
  }
}
