package org.goldenthread.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Messages through the API: a thread started and answered, read receipts made by opening it, paged
 * threads, a thread of another child, hostile text, and strangers who find nothing.
 */
@IntegrationTest
class MessageApiTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  String senco;
  String parent;
  Pupils.Pupil pupil;
  String messages;

  @BeforeEach
  void aPupilWithAParent() {
    api = new ApiClient(port);
    senco = api.tokenFor(Pupils.SENCO);
    String email = "parent+" + UUID.randomUUID() + "@messages.example";
    pupil = new Pupils(context).pupil("Mia", "Stone").withParent(email, "Rosa Stone").add();
    parent = api.tokenFor(email);
    messages = "/api/v1/children/" + pupil.id() + "/messages";
  }

  private JsonNode sent(String token, String body) {
    ApiClient.Response answer = api.post(messages, token, body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json();
  }

  @Test
  void aThreadIsStartedAnsweredAndOpeningItMarksItReadForTheReader() {
    JsonNode first =
        sent(senco, "{\"subject\":\"Next meeting\",\"text\":\"Hello\\nSee you <b>soon</b>\"}");
    assertThat(first.get("id").asString()).isNotBlank();
    assertThat(first.get("authorId").asString()).isEqualTo(pupil.sencoId().toString());
    assertThat(first.get("text").asString()).isEqualTo("Hello\nSee you <b>soon</b>");
    assertThat(first.get("sentAt").asString()).isNotBlank();
    String thread = first.get("threadId").asString();

    JsonNode before = api.get(messages, parent).json().get("items").get(0);
    assertThat(before.get("unread").asInt()).isEqualTo(1);
    assertThat(before.get("messages").get(0).get("readBy")).isEmpty();

    JsonNode opened = api.get(messages + "/" + thread, parent).json();
    assertThat(opened.get("subject").asString()).isEqualTo("Next meeting");
    JsonNode after = api.get(messages, senco).json().get("items").get(0);
    assertThat(after.get("messages").get(0).get("readBy").get(0).asString())
        .isEqualTo("Rosa Stone");
    assertThat(api.get(messages, parent).json().get("items").get(0).get("unread").asInt()).isZero();

    JsonNode reply =
        sent(parent, "{\"threadId\":\"" + thread + "\",\"text\":\"Thank you, see you then\"}");
    assertThat(reply.get("threadId").asString()).isEqualTo(thread);
    assertThat(reply.get("authorId").asString()).isEqualTo(pupil.parentId().toString());
    JsonNode bySenco = api.get(messages, senco).json().get("items").get(0);
    assertThat(bySenco.get("messages")).hasSize(2);
    assertThat(bySenco.get("unread").asInt()).isEqualTo(1);
  }

  @Test
  void threadsArePagedNewestActivityFirst() {
    String oldest =
        sent(senco, "{\"subject\":\"First\",\"text\":\"one\"}").get("threadId").asString();
    sent(senco, "{\"subject\":\"Second\",\"text\":\"two\"}");
    sent(parent, "{\"subject\":\"Third\",\"text\":\"three\"}");
    sent(parent, "{\"threadId\":\"" + oldest + "\",\"text\":\"back to the first\"}");

    JsonNode page = api.get(messages + "?page=0&size=2", senco).json();
    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertThat(page.get("size").asInt()).isEqualTo(2);
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("items").get(0).get("subject").asString()).isEqualTo("First");
    assertThat(page.get("items").get(1).get("subject").asString()).isEqualTo("Third");
    JsonNode second = api.get(messages + "?page=1&size=2", senco).json();
    assertThat(second.get("items").get(0).get("subject").asString()).isEqualTo("Second");
    assertThat(api.get(messages + "?size=1000", senco).json().get("size").asInt()).isEqualTo(200);
  }

  @Test
  void aThreadOfAnotherChildIsAProblemNamingThreadIdAndLeaksNothing() {
    Pupils.Pupil other = new Pupils(context).pupil("Noah", "Other").add();
    String theirs =
        api.post(
                "/api/v1/children/" + other.id() + "/messages",
                senco,
                "{\"subject\":\"Private\",\"text\":\"about Noah\"}")
            .json()
            .get("threadId")
            .asString();

    for (String id : new String[] {theirs, UUID.randomUUID().toString(), "not-an-id"}) {
      ApiClient.Response answer =
          api.post(messages, senco, "{\"threadId\":\"" + id + "\",\"text\":\"hello\"}");
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("threadId");
      assertThat(answer.body()).doesNotContain("Private");
    }
    assertThat(api.get(messages + "/" + theirs, senco).status()).isEqualTo(404);
  }

  @Test
  void hostileOrMissingTextIsA400NamingTheField() {
    assertField(api.post(messages, senco, "{\"subject\":\"Hi\",\"text\":\"a\\u0000b\"}"), "text");
    assertField(
        api.post(messages, senco, "{\"subject\":\"Hi\",\"text\":\"" + "a".repeat(100_000) + "\"}"),
        "text");
    assertField(
        api.post(messages, senco, "{\"subject\":\"Hi\",\"text\":\"" + "a".repeat(10_001) + "\"}"),
        "text");
    assertField(
        api.post(messages, senco, "{\"subject\":\"" + "s".repeat(201) + "\",\"text\":\"hello\"}"),
        "subject");
    assertField(api.post(messages, senco, "{\"text\":\"hello\"}"), "subject");
    assertField(api.post(messages, senco, "{\"subject\":\"Hi\"}"), "text");
    assertThat(api.get(messages, senco).json().get("total").asLong()).isZero();
  }

  @Test
  void aThreadAboutAMeetingLinksToIt() {
    UUID meeting = UUID.randomUUID();
    JsonNode sent =
        sent(
            parent,
            "{\"subject\":\"The review\",\"text\":\"A question\","
                + "\"about\":{\"kind\":\"MEETING\",\"id\":\""
                + meeting
                + "\"}}");
    JsonNode thread = api.get(messages + "/" + sent.get("threadId").asString(), parent).json();
    assertThat(thread.get("about").get("link").asString()).isEqualTo("/meetings/" + meeting);
    assertField(
        api.post(
            messages,
            parent,
            "{\"subject\":\"x\",\"text\":\"y\",\"about\":{\"kind\":\"MEETING\"}}"),
        "about.id");
  }

  @Test
  void aStrangerFindsNoneOfIt() {
    String stranger = api.tokenFor("other.parent@example.org");
    String brook = api.tokenFor("senco@brook.example");
    String thread =
        sent(senco, "{\"subject\":\"Hi\",\"text\":\"hello\"}").get("threadId").asString();
    for (String token : new String[] {stranger, brook}) {
      assertThat(api.get(messages, token).status()).isEqualTo(404);
      assertThat(api.get(messages + "/" + thread, token).status()).isEqualTo(404);
      assertThat(api.post(messages, token, "{\"subject\":\"x\",\"text\":\"y\"}").status())
          .isEqualTo(404);
      assertThat(
              api.post(messages, token, "{\"threadId\":\"" + thread + "\",\"text\":\"y\"}")
                  .status())
          .isEqualTo(404);
    }
  }

  private static void assertField(ApiClient.Response answer, String field) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
  }
}
