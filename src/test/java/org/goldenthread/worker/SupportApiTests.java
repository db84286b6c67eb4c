package org.goldenthread.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Teams;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team around the worker through the API, on a real database: the class teacher is the lead
 * professional of a new pupil's team; she asks, the SENCO answers; the family and strangers find
 * nothing (404), the SENCO may not ask (403); two status changes from one version give one 200 and
 * one 409; hostile text is a 400 naming the field; the team is told in its inbox and the family
 * sees the reads and changes in who has looked at the record.
 */
@IntegrationTest
class SupportApiTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ChildAccess access;
  @Autowired Teams teams;
  ApiClient api;
  Pupils.Pupil pupil;
  String parent;
  String senco;
  String lead;

  @BeforeEach
  void aPupilWhoseTeacherLeadsHerTeam() {
    api = new ApiClient(port);
    Pupils pupils = new Pupils(context);
    String email = "mother+" + UUID.randomUUID() + "@worker.example";
    pupil = pupils.pupil("Isla", "Morgan").withParent(email, "Erin Morgan").withTeacher().add();
    AccessibleChild record = access.open(pupils.user(Pupils.SENCO), pupil.id());
    UUID member =
        teams.current(record).stream()
            .filter(m -> pupil.teacherId().equals(m.userId()))
            .findFirst()
            .orElseThrow()
            .id();
    teams.makeLead(record, member);
    parent = api.tokenFor(email);
    senco = api.tokenFor(Pupils.SENCO);
    lead = api.tokenFor(Pupils.TEACHER);
  }

  private String base() {
    return "/api/v1/children/" + pupil.id() + "/support-requests";
  }

  private ApiClient.Response ask(String token, Map<String, Object> body) {
    return api.post(base(), token, JSON.writeValueAsString(body));
  }

  private JsonNode asked(String kind, String subject, String visitOn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind);
    body.put("subject", subject);
    body.put("text", "Could you help me think about this?");
    body.put("visitOn", visitOn);
    ApiClient.Response response = ask(lead, body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  @Test
  void theLeadAsksTheSencoAnswersAndTheThreadKeepsItAll() {
    JsonNode visit = asked("JOINT_VISIT", "Visit together", TODAY.plusDays(7).toString());
    assertThat(visit.get("id").asString()).isNotBlank();
    assertThat(visit.get("status").asString()).isEqualTo("OPEN");
    assertThat(visit.get("version").asLong()).isZero();
    assertThat(visit.get("visitOn").asString()).isEqualTo(TODAY.plusDays(7).toString());
    String id = visit.get("id").asString();

    ApiClient.Response reply =
        api.post(base() + "/" + id + "/replies", senco, "{\"text\": \"Yes, Tuesday works.\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json().get("writtenByName").asString()).isEqualTo("Helen Carter");

    JsonNode thread = api.get(base() + "/" + id, lead).json();
    assertThat(thread.get("replies").get(0).get("text").asString())
        .isEqualTo("Yes, Tuesday works.");
    assertThat(thread.get("replyCount").asInt()).isEqualTo(1);

    JsonNode list = api.get(base(), senco).json();
    assertThat(list.get("total").asLong()).isEqualTo(1);
    assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(id);

    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              assertThat(inboxLinks(senco))
                  .contains(SupportRequests.page(pupil.id(), UUID.fromString(id)));
              assertThat(inboxLinks(lead))
                  .contains(SupportRequests.page(pupil.id(), UUID.fromString(id)));
            });
    assertThat(inboxLinks(parent)).noneMatch(link -> link.contains("/support-requests/"));

    JsonNode audit = api.get("/api/v1/children/" + pupil.id() + "/audit?size=50", parent).json();
    assertThat(audit.toString())
        .contains("Asked the team for support on the case")
        .contains("Answered a request for support from the team");
  }

  @Test
  void theFamilyAndStrangersFindNothingAndOnlyTheLeadAsks() {
    JsonNode question = asked("QUESTION", "A question", null);
    String thread = base() + "/" + question.get("id").asString();
    Map<String, Object> body = Map.of("kind", "QUESTION", "subject", "s", "text", "t");

    assertThat(api.get(base(), parent).status()).isEqualTo(404);
    assertThat(api.get(thread, parent).status()).isEqualTo(404);
    assertThat(ask(parent, body).status()).isEqualTo(404);
    String stranger = api.tokenFor("senco@brook.example");
    assertThat(api.get(base(), stranger).status()).isEqualTo(404);
    assertThat(api.get(thread, stranger).status()).isEqualTo(404);
    assertThat(api.post(thread + "/replies", stranger, "{\"text\": \"hi\"}").status())
        .isEqualTo(404);

    assertThat(api.get(thread, senco).status()).isEqualTo(200);
    ApiClient.Response sencoAsks = ask(senco, body);
    assertThat(sencoAsks.status()).as(sencoAsks.body()).isEqualTo(403);
    assertThat(api.get(base() + "/" + UUID.randomUUID(), senco).status()).isEqualTo(404);
    assertThat(api.get(base() + "/not-an-id", senco).status()).isEqualTo(404);
  }

  @Test
  void twoChangesFromOneVersionGiveOne200AndOne409AndAResolvedRequestTakesNoAnswer() {
    JsonNode question = asked("SUPERVISION", "Supervision please", null);
    String thread = base() + "/" + question.get("id").asString();
    String resolve =
        "{\"status\": \"RESOLVED\", \"note\": \"We talked it through.\", \"version\": 0}";

    ApiClient.Response first = api.send("PUT", thread + "/status", lead, resolve);
    ApiClient.Response second = api.send("PUT", thread + "/status", senco, resolve);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("status").asString()).isEqualTo("RESOLVED");
    assertThat(first.json().get("closingNote").asString()).isEqualTo("We talked it through.");
    assertThat(second.status()).as(second.body()).isEqualTo(409);

    assertThat(api.post(thread + "/replies", senco, "{\"text\": \"Late thought\"}").status())
        .isEqualTo(409);

    long version = first.json().get("version").asLong();
    ApiClient.Response reopened =
        api.send(
            "PUT",
            thread + "/status",
            senco,
            "{\"status\": \"OPEN\", \"version\": " + version + "}");
    assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
    assertThat(reopened.json().get("status").asString()).isEqualTo("OPEN");
    assertThat(reopened.json().get("closingNote").isNull()).isTrue();
    assertThat(api.post(thread + "/replies", senco, "{\"text\": \"Late thought\"}").status())
        .isEqualTo(201);

    ApiClient.Response noNote =
        api.send(
            "PUT",
            thread + "/status",
            lead,
            "{\"status\": \"RESOLVED\", \"version\": "
                + reopened.json().get("version").asLong()
                + "}");
    assertThat(fields(noNote)).containsExactly("note");
    ApiClient.Response notLead =
        api.send(
            "PUT",
            thread + "/status",
            api.tokenFor("salt@salt.example"),
            "{\"status\": \"RESOLVED\", \"note\": \"n\", \"version\": 0}");
    assertThat(notLead.status()).isEqualTo(404);
  }

  @Test
  void hostileOrMissingInputIsA400NamingTheField() {
    Map<String, Object> nul = new LinkedHashMap<>();
    nul.put("kind", "QUESTION");
    nul.put("subject", "before\u0000after");
    nul.put("text", "t");
    assertThat(fields(ask(lead, nul))).containsExactly("subject");

    Map<String, Object> long_ = new LinkedHashMap<>();
    long_.put("kind", "QUESTION");
    long_.put("subject", "s");
    long_.put("text", "a".repeat(100_000));
    assertThat(fields(ask(lead, long_))).containsExactly("text");

    Map<String, Object> visit = new LinkedHashMap<>();
    visit.put("kind", "JOINT_VISIT");
    visit.put("subject", "x".repeat(201));
    visit.put("text", "<script>alert(1)</script>");
    assertThat(fields(ask(lead, visit))).containsExactly("subject", "visitOn");

    Map<String, Object> past = new LinkedHashMap<>(visit);
    past.put("subject", "Visit");
    past.put("visitOn", TODAY.minusDays(1).toString());
    assertThat(fields(ask(lead, past))).containsExactly("visitOn");

    assertThat(fields(ask(lead, Map.of()))).containsExactly("kind", "subject", "text");
    assertThat(api.get(base(), lead).json().get("total").asLong()).isZero();
  }

  @Test
  void aWrongKindAndAWrongDayTogetherAreOne400NamingBoth() {
    Map<String, Object> wrong = new LinkedHashMap<>();
    wrong.put("kind", "FAVOUR");
    wrong.put("subject", "Visit together");
    wrong.put("text", "Could you come with me?");
    wrong.put("visitOn", "next Tuesday");
    ApiClient.Response refused = ask(lead, wrong);
    assertThat(fields(refused)).containsExactlyInAnyOrder("kind", "visitOn");
    assertThat(messageOf(refused, "kind"))
        .isEqualTo(context.getMessage("api.error.choice", null, Locale.UK));
    assertThat(messageOf(refused, "visitOn"))
        .isEqualTo(context.getMessage("api.error.date", null, Locale.UK));

    Map<String, Object> status = new LinkedHashMap<>();
    status.put("status", "CLOSED");
    status.put("note", "Done");
    status.put("version", "not a number");
    String id = asked("QUESTION", "A question", null).get("id").asString();
    ApiClient.Response badStatus =
        api.send("PUT", base() + "/" + id + "/status", senco, JSON.writeValueAsString(status));
    assertThat(fields(badStatus)).containsExactlyInAnyOrder("status", "version");
    assertThat(api.get(base(), lead).json().get("items").get(0).get("status").asString())
        .isEqualTo("OPEN");
  }

  private static String messageOf(ApiClient.Response response, String field) {
    for (JsonNode error : response.json().get("errors")) {
      if (field.equals(error.get("field").asString())) {
        return error.get("message").asString();
      }
    }
    return null;
  }

  private static List<String> fields(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  private List<String> inboxLinks(String token) {
    List<String> links = new ArrayList<>();
    api.get("/api/v1/inbox?size=200", token)
        .json()
        .get("items")
        .forEach(item -> links.add(item.get("link").asString()));
    return links;
  }
}
