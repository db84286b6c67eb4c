package org.goldenthread.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.EventPublications;
import org.goldenthread.support.Pupils;
import org.goldenthread.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The inbox through the API: an item for the parent when the SENCO writes (and none for the SENCO),
 * requests for those who answer them and their answers for whoever asked, read marks, someone
 * else's item not found, an item hidden once its child is no longer visible, and the choice of
 * email per kind: a subset changes only what it names, and a wrong kind or value is named.
 */
@IntegrationTest
class InboxApiTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired InboxReminders reminders;
  @Autowired Dates dates;
  ApiClient api;
  Pupils.Pupil pupil;
  String parent;
  String senco;

  @BeforeEach
  void aPupilWithHerMother() {
    api = new ApiClient(port);
    String email = "mother+" + UUID.randomUUID() + "@inbox.example";
    pupil = new Pupils(context).pupil("Isla", "Marsh").withParent(email, "Kate Marsh").add();
    parent = api.tokenFor(email);
    senco = api.tokenFor(Pupils.SENCO);
  }

  @Test
  void aMessageFromTheSencoIsInTheParentsInboxAndNotInTheSencos() {
    JsonNode sent = message(senco, "Reading at home");

    List<JsonNode> items = itemsAbout(parent, "");
    assertThat(items).hasSize(1);
    JsonNode item = items.get(0);
    assertThat(item.get("kind").asString()).isEqualTo("MESSAGE");
    assertThat(item.get("childId").asString()).isEqualTo(pupil.id().toString());
    assertThat(item.get("title").asString())
        .isEqualTo("New message about Isla Marsh: Reading at home");
    assertThat(item.get("link").asString())
        .isEqualTo("/children/" + pupil.id() + "/messages/" + sent.get("threadId").asString());
    assertThat(item.get("read").asBoolean()).isFalse();
    assertThat(item.get("at").asString()).isNotBlank();
    assertThat(item.get("id").asString()).isNotBlank();
    assertThat(itemsAbout(senco, "")).as("the author gets no item of their own").isEmpty();

    message(parent, "A question back");
    assertThat(itemsAbout(senco, "")).hasSize(1);
    assertThat(itemsAbout(parent, "")).as("still only the SENCO's message").hasSize(1);
  }

  @Test
  void anItemIsMarkedReadByItsOwnerAndNotFoundBySomeoneElse() {
    message(senco, "First");
    message(senco, "Second");
    List<JsonNode> items = itemsAbout(parent, "");
    assertThat(items)
        .extracting(i -> i.get("title").asString())
        .containsExactly(
            "New message about Isla Marsh: Second", "New message about Isla Marsh: First");
    String second = items.get(0).get("id").asString();

    String otherParent =
        api.tokenFor(
            new Pupils(context)
                .pupil("Noah", "Other")
                .withParent("other+" + UUID.randomUUID() + "@inbox.example", "Jo Other")
                .add()
                .parentEmail());
    for (String token : new String[] {otherParent, senco}) {
      ApiClient.Response theirs = api.post("/api/v1/inbox/" + second + "/read", token, null);
      assertThat(theirs.status()).isEqualTo(404);
      assertThat(theirs.body()).doesNotContain("Isla");
    }
    assertThat(api.post("/api/v1/inbox/" + UUID.randomUUID() + "/read", parent, null).status())
        .isEqualTo(404);
    assertThat(api.post("/api/v1/inbox/not-an-id/read", parent, null).status()).isEqualTo(404);

    ApiClient.Response read = api.post("/api/v1/inbox/" + second + "/read", parent, null);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().get("read").asBoolean()).isTrue();
    assertThat(api.post("/api/v1/inbox/" + second + "/read", parent, null).status())
        .as("reading it twice is no problem")
        .isEqualTo(200);

    List<JsonNode> unread = itemsAbout(parent, "&unread=true");
    assertThat(unread)
        .extracting(i -> i.get("title").asString())
        .containsExactly("New message about Isla Marsh: First");
    assertThat(itemsAbout(parent, "")).hasSize(2);

    ApiClient.Response all = api.post("/api/v1/inbox/read", parent, null);
    assertThat(all.json().get("marked").asInt()).isEqualTo(1);
    assertThat(itemsAbout(parent, "&unread=true")).isEmpty();
  }

  @Test
  void theInboxIsPagedNewestFirstAndClampsItsSize() {
    message(senco, "One");
    message(senco, "Two");
    message(senco, "Three");
    itemsAbout(parent, "");

    JsonNode page = api.get("/api/v1/inbox?page=1&size=2", parent).json();
    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertThat(page.get("page").asInt()).isEqualTo(1);
    assertThat(page.get("size").asInt()).isEqualTo(2);
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("items").get(0).get("title").asString()).endsWith(": One");
    assertThat(api.get("/api/v1/inbox?size=1000", parent).json().get("size").asInt())
        .isEqualTo(200);
  }

  @Test
  void anItemAboutAChildNoLongerVisibleIsHiddenAndNotFound() {
    message(senco, "Before");
    String id = itemsAbout(parent, "").get(0).get("id").asString();

    jdbc.update("update family_member set user_id = null where child_id = ?", pupil.id());

    assertThat(api.get("/api/v1/inbox", parent).json().get("total").asLong()).isZero();
    assertThat(api.post("/api/v1/inbox/" + id + "/read", parent, null).status()).isEqualTo(404);
  }

  @Test
  void aRequestIsInTheInboxOfThoseWhoAnswerItAndItsAnswerInTheAskers() {
    ApiClient.Response made =
        api.post(
            "/api/v1/children/" + pupil.id() + "/requests",
            parent,
            "{\"kind\":\"MEETING\",\"to\":\"SCHOOL\",\"text\":\"Can we meet?\"}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    String request = made.json().get("id").asString();

    List<JsonNode> forSenco = itemsAbout(senco, "");
    assertThat(forSenco).hasSize(1);
    assertThat(forSenco.get(0).get("kind").asString()).isEqualTo("REQUEST");
    assertThat(forSenco.get(0).get("title").asString())
        .startsWith("Request about Isla Marsh to answer by ")
        .endsWith("A meeting, from Kate Marsh");
    assertThat(forSenco.get(0).get("link").asString())
        .isEqualTo("/children/" + pupil.id() + "/requests/" + request);
    assertThat(api.get("/api/v1/inbox", parent).json().get("total").asLong()).isZero();

    ApiClient.Response answered =
        api.post(
            "/api/v1/requests/" + request + "/answer",
            senco,
            "{\"text\":\"Yes, Monday.\",\"decision\":\"AGREED\"}");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    List<JsonNode> forParent = itemsAbout(parent, "");
    assertThat(forParent).hasSize(1);
    assertThat(forParent.get(0).get("title").asString())
        .startsWith("Your request about Isla Marsh has an answer: Agreed, from ");
  }

  @Test
  void preferencesStartAtTheDefaultsAndAPutChangesOnlyTheKindsItNames() {
    JsonNode defaults = api.get("/api/v1/me/notification-preferences", parent).json();
    assertThat(defaults.properties())
        .extracting(e -> e.getKey() + "=" + e.getValue().asString())
        .containsExactly(
            "MEETING=IMMEDIATE",
            "ACTION=DIGEST",
            "DEADLINE=IMMEDIATE",
            "EVIDENCE=DIGEST",
            "VIEW=DIGEST",
            "REQUEST=IMMEDIATE",
            "MESSAGE=DIGEST",
            "PROVISION_CHANGE=IMMEDIATE",
            "CONCERN=IMMEDIATE",
            "DISAGREEMENT=IMMEDIATE");

    ApiClient.Response first =
        api.send(
            "PUT", "/api/v1/me/notification-preferences", parent, "{\"MESSAGE\":\"IMMEDIATE\"}");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("MESSAGE").asString()).isEqualTo("IMMEDIATE");
    assertThat(first.json().properties()).hasSize(10);

    JsonNode second =
        api.send(
                "PUT",
                "/api/v1/me/notification-preferences",
                parent,
                "{\"ACTION\":\"NONE\",\"MEETING\":\"DIGEST\"}")
            .json();
    assertThat(second.get("MESSAGE").asString()).as("kept").isEqualTo("IMMEDIATE");
    assertThat(second.get("ACTION").asString()).isEqualTo("NONE");
    assertThat(second.get("MEETING").asString()).isEqualTo("DIGEST");
    assertThat(second.get("DEADLINE").asString()).isEqualTo("IMMEDIATE");
    assertThat(api.get("/api/v1/me/notification-preferences", parent).json()).isEqualTo(second);
    assertThat(
            api.get("/api/v1/me/notification-preferences", senco).json().get("MEETING").asString())
        .as("another person's choices are their own")
        .isEqualTo("IMMEDIATE");
  }

  @Test
  void aWrongKindOrValueIsA400NamingItAndChangesNothing() {
    String path = "/api/v1/me/notification-preferences";
    assertNamed(api.send("PUT", path, parent, "{\"MESSAGES\":\"DIGEST\"}"), "MESSAGES");
    assertNamed(api.send("PUT", path, parent, "{\"MESSAGE\":\"WEEKLY\"}"), "MESSAGE");
    assertNamed(api.send("PUT", path, parent, "{\"MESSAGE\":\"digest\"}"), "MESSAGE");
    assertNamed(api.send("PUT", path, parent, "{\"MESSAGE\":5}"), "MESSAGE");
    assertNamed(api.send("PUT", path, parent, "{\"MESSAGE\":null}"), "MESSAGE");
    assertNamed(api.send("PUT", path, parent, "{\"MESSAGE\":\"a\\u0000b\"}"), "MESSAGE");
    assertNamed(
        api.send("PUT", path, parent, "{\"MESSAGE\":\"" + "a".repeat(100_000) + "\"}"), "MESSAGE");
    ApiClient.Response hostileKey =
        api.send("PUT", path, parent, "{\"<b>" + "k".repeat(1_000) + "\":\"NONE\"}");
    assertNamed(hostileKey, "kind");
    assertThat(hostileKey.body()).doesNotContain("<b>").hasSizeLessThan(2_000);
    ApiClient.Response hugeKey =
        api.send("PUT", path, parent, "{\"" + "k".repeat(100_000) + "\":\"NONE\"}");
    assertThat(hugeKey.status()).isEqualTo(400);
    assertThat(hugeKey.body()).hasSizeLessThan(2_000);
    assertNamed(api.send("PUT", path, parent, "[\"MESSAGE\"]"), "preferences");
    ApiClient.Response both =
        api.send("PUT", path, parent, "{\"ACTION\":\"NONE\",\"MEETINGS\":\"NONE\"}");
    assertNamed(both, "MEETINGS");

    assertThat(api.get(path, parent).json().get("ACTION").asString())
        .as("nothing changed when one part was wrong")
        .isEqualTo("DIGEST");
    assertThat(api.send("PUT", path, null, "{\"ACTION\":\"NONE\"}").status()).isEqualTo(401);
  }

  @Test
  void theHourlyCheckRemindsTheInviteesOfAMeetingSoonAndTheOwnerOfActionsDueOnce() {
    Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
    book(tomorrow);
    JsonNode past = book(Instant.now().minus(Duration.ofDays(21)).truncatedTo(ChronoUnit.MINUTES));
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    agree(past, "Bring the reading record", today.minusDays(2));
    agree(past, "Try the visual timetable", today.plusDays(1));
    agree(past, "Plan the next term", today.plusDays(10));
    itemsAbout(parent, "");

    reminders.remind();
    reminders.remind();

    assertThat(itemsAbout(parent, ""))
        .extracting(i -> i.get("kind").asString() + " " + i.get("title").asString())
        .containsExactlyInAnyOrder(
            "MEETING Coming up: SEN support review for Isla Marsh on " + dates.dateTime(tomorrow),
            "ACTION Overdue action for Isla Marsh, due "
                + dates.date(today.minusDays(2))
                + ": Bring the reading record",
            "ACTION Action for Isla Marsh due by "
                + dates.date(today.plusDays(1))
                + ": Try the visual timetable",
            "MEETING SEN support review for Isla Marsh on " + dates.dateTime(tomorrow));
  }

  private JsonNode book(Instant start) {
    ApiClient.Response booked =
        api.post(
            "/api/v1/children/" + pupil.id() + "/meetings",
            senco,
            "{\"kind\":\"SEN_SUPPORT_REVIEW\",\"startsAt\":\""
                + start
                + "\",\"location\":\"Room 4\"}");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    return booked.json();
  }

  private void agree(JsonNode meeting, String description, LocalDate dueOn) {
    ApiClient.Response agreed =
        api.post(
            "/api/v1/meetings/" + meeting.get("id").asString() + "/actions",
            senco,
            "{\"description\":\""
                + description
                + "\",\"ownerId\":\""
                + pupil.parentId()
                + "\",\"dueOn\":\""
                + dueOn
                + "\"}");
    assertThat(agreed.status()).as(agreed.body()).isEqualTo(201);
  }

  @Test
  void theDemoMotherHasItemsInHerInboxFromTheDemosEvents() {
    String mother = api.tokenFor("parent@example.org");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.get("/api/v1/inbox", mother).json().get("total").asLong() > 0);
  }

  private void assertNamed(ApiClient.Response answer, String field) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).as(answer.body()).containsExactly(field);
  }

  private JsonNode message(String token, String subject) {
    ApiClient.Response sent =
        api.post(
            "/api/v1/children/" + pupil.id() + "/messages",
            token,
            "{\"subject\":\"" + subject + "\",\"text\":\"Hello\"}");
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    return sent.json();
  }

  /** The caller's items about the pupil, once every event about the pupil has been handled. */
  private List<JsonNode> itemsAbout(String token, String query) {
    EventPublications.awaitHandled(jdbc, pupil.id().toString());
    List<JsonNode> found = new ArrayList<>();
    api.get("/api/v1/inbox?size=200" + query, token)
        .json()
        .get("items")
        .forEach(
            item -> {
              if (item.get("childId").asString().equals(pupil.id().toString())) {
                found.add(item);
              }
            });
    return found;
  }
}
