package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.meeting.MeetingCalls.id;
import static org.goldenthread.meeting.MeetingCalls.inDays;
import static org.goldenthread.meeting.MeetingCalls.path;
import static org.goldenthread.meeting.MeetingCalls.statuses;

import java.time.LocalDate;
import java.util.List;
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
 * Issue 10, rule 7, through the API: two changes of the same meeting, minutes, closing or action
 * sent at the same moment give one success and one 409 (a problem document), never a 500, and what
 * is saved is the winner's alone; a stale version is a 409 that changes nothing; a refused change
 * (403) saves nothing.
 */
@IntegrationTest
class MeetingRaceTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  MeetingFixtures fixtures;
  String senco;
  MeetingCalls calls;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    fixtures = new MeetingFixtures(context);
    senco = api.tokenFor(MeetingFixtures.SENCO);
    calls = new MeetingCalls(api, senco);
  }

  @Test
  void twoChangesOfAMeetingAtOnceGiveOneSuccessAndOneConflict() {
    JsonNode meeting = calls.arrange(fixtures.child().id(), inDays(14), false);
    long version = meeting.get("version").asLong();
    List<ApiClient.Response> answers =
        AtOnce.run(
            () -> calls.put(id(meeting), "\"location\":\"Room A\"", version),
            () -> calls.put(id(meeting), "\"location\":\"Room B\"", version));
    assertOneWinner(answers);
    String won = winner(answers).json().get("location").asString();
    assertThat(calls.get(id(meeting)).get("location").asString()).isEqualTo(won);
  }

  @Test
  void aCancellationAndAChangeAtOnceGiveOneSuccessAndOneConflict() {
    JsonNode meeting = calls.arrange(fixtures.child().id(), inDays(14), false);
    long version = meeting.get("version").asLong();
    List<ApiClient.Response> answers =
        AtOnce.run(
            () -> calls.put(id(meeting), "\"status\":\"CANCELLED\"", version),
            () -> calls.put(id(meeting), "\"location\":\"Room B\"", version));
    assertOneWinner(answers);
    JsonNode now = calls.get(id(meeting));
    if (answers.get(0).status() == 200) {
      assertThat(now.get("status").asString()).isEqualTo("CANCELLED");
      assertThat(now.get("location").asString()).isEqualTo("Room 4");
    } else {
      assertThat(now.get("status").asString()).isEqualTo("BOOKED");
      assertThat(now.get("location").asString()).isEqualTo("Room B");
    }
  }

  @Test
  void aDraftChangedAndBookedTwiceAtOnceIsBookedOnce() {
    JsonNode draft = calls.arrange(fixtures.child().id(), inDays(20), true);
    long version = draft.get("version").asLong();
    List<ApiClient.Response> answers =
        AtOnce.run(
            () -> calls.put(id(draft), "\"location\":\"Room A\",\"status\":\"BOOKED\"", version),
            () -> calls.put(id(draft), "\"location\":\"Room B\",\"status\":\"BOOKED\"", version));
    assertOneWinner(answers);
    JsonNode now = calls.get(id(draft));
    assertThat(now.get("status").asString()).isEqualTo("BOOKED");
    assertThat(now.get("location").asString())
        .as("the loser changed nothing, not even the details before the booking")
        .isEqualTo(winner(answers).json().get("location").asString());
  }

  @Test
  void twoWritersOfTheMinutesAtOnceGiveOneSuccessAndOneConflict() {
    JsonNode meeting = calls.arrange(fixtures.child().id(), inDays(-1), false);
    long version = meeting.get("version").asLong();
    List<ApiClient.Response> answers =
        AtOnce.run(
            () -> minutes(id(meeting), "Notes by the first", version),
            () -> minutes(id(meeting), "Notes by the second", version));
    assertOneWinner(answers);
    assertThat(calls.get(id(meeting)).get("minutes").get("notes").asString())
        .isEqualTo(winner(answers).json().get("minutes").get("notes").asString());
  }

  @Test
  void twoPeopleClosingAtOnceCloseItOnceWithOneFollowUp() {
    MeetingFixtures.Fresh child = fixtures.child();
    JsonNode meeting = calls.arrange(child.id(), inDays(-1), false);
    long version = meeting.get("version").asLong();
    String lead = api.tokenFor(MeetingFixtures.SENCO);
    List<ApiClient.Response> answers =
        AtOnce.run(
            () -> close(senco, id(meeting), 6, version),
            () -> close(lead, id(meeting), 9, version));
    assertOneWinner(answers);
    assertThat(calls.get(id(meeting)).get("status").asString()).isEqualTo("CLOSED");
    assertThat(meetingsOf(child)).as("the closed meeting and one follow-up draft").hasSize(2);
  }

  @Test
  void twoPeopleClosingAtOnceWithoutAVersionStillGiveOneSuccessAndOneConflict() {
    MeetingFixtures.Fresh child = fixtures.child();
    JsonNode meeting = calls.arrange(child.id(), inDays(-1), false);
    String body = "\"minutes\":\"We met.\",\"noFollowUpReason\":\"Support ends here.\"";
    List<ApiClient.Response> answers =
        AtOnce.run(() -> calls.close(id(meeting), body), () -> calls.close(id(meeting), body));
    assertOneWinner(answers);
    assertThat(meetingsOf(child)).hasSize(1);
  }

  @Test
  void twoChangesOfAnActionAtOnceGiveOneSuccessAndOneConflict() {
    MeetingFixtures.Fresh child = fixtures.child();
    JsonNode meeting = calls.arrange(child.id(), inDays(-1), false);
    JsonNode action = action(child, id(meeting));
    long version = action.get("version").asLong();
    String path = "/api/v1/actions/" + action.get("id").asString();
    List<ApiClient.Response> answers =
        AtOnce.run(
            () -> api.send("PUT", path, senco, "{\"status\":\"DONE\",\"version\":" + version + "}"),
            () ->
                api.send(
                    "PUT",
                    path,
                    senco,
                    "{\"status\":\"DROPPED\",\"reason\":\"Not needed\",\"version\":"
                        + version
                        + "}"));
    assertOneWinner(answers);
    assertThat(api.get(path, senco).json().get("status").asString())
        .isEqualTo(winner(answers).json().get("status").asString());
  }

  @Test
  void aStaleCancellationOrClosingChangesNothing() {
    MeetingFixtures.Fresh child = fixtures.child();
    JsonNode coming = calls.arrange(child.id(), inDays(14), false);
    long read = coming.get("version").asLong();
    assertThat(calls.put(id(coming), "\"location\":\"Room 7\"", read).status()).isEqualTo(200);
    ApiClient.Response staleCancel = calls.put(id(coming), "\"status\":\"CANCELLED\"", read);
    assertConflict(staleCancel);
    assertThat(calls.get(id(coming)).get("status").asString()).isEqualTo("BOOKED");

    JsonNode held = calls.arrange(child.id(), inDays(-1), false);
    long heldRead = held.get("version").asLong();
    assertThat(minutes(id(held), "First notes", heldRead).status()).isEqualTo(200);
    assertConflict(close(senco, id(held), 6, heldRead));
    JsonNode after = calls.get(id(held));
    assertThat(after.get("status").asString()).isEqualTo("HELD");
    assertThat(after.get("minutes").get("notes").asString()).isEqualTo("First notes");
    assertThat(meetingsOf(child)).hasSize(2);
  }

  @Test
  void aClosingWithoutAVersionDoesNotReplaceMinutesWrittenMeanwhile() {
    MeetingFixtures.Fresh child = fixtures.child();
    JsonNode held = calls.arrange(child.id(), inDays(-1), false);
    assertThat(minutes(id(held), "Written by the SENCO", held.get("version").asLong()).status())
        .isEqualTo(200);
    String reason = "\"noFollowUpReason\":\"Support ends here.\"";

    assertConflict(calls.close(id(held), "\"minutes\":\"Written elsewhere\"," + reason));
    JsonNode after = calls.get(id(held));
    assertThat(after.get("status").asString()).isEqualTo("HELD");
    assertThat(after.get("minutes").get("notes").asString()).isEqualTo("Written by the SENCO");

    assertThat(calls.close(id(held), "\"minutes\":\" Written by the SENCO \"," + reason).status())
        .as("the same minutes again")
        .isEqualTo(200);
    JsonNode closed = calls.get(id(held));
    assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
    assertThat(closed.get("minutes").get("notes").asString()).isEqualTo("Written by the SENCO");
  }

  @Test
  void aRefusedChangeSavesNothing() {
    MeetingFixtures.Fresh child = fixtures.child();
    JsonNode held = calls.arrange(child.id(), inDays(-1), false, child.teacherId());
    long version = held.get("version").asLong();
    String parent = api.tokenFor(child.parentEmail());
    String teacher = api.tokenFor(MeetingFixtures.TEACHER);
    MeetingCalls asParent = new MeetingCalls(api, parent);
    assertThat(asParent.put(id(held), "\"location\":\"My kitchen\"", version).status())
        .isEqualTo(403);
    assertThat(asParent.put(id(held), "\"status\":\"CANCELLED\"", version).status()).isEqualTo(403);
    assertThat(minutes(id(held), teacher, "Teacher's notes", version).status()).isEqualTo(403);
    assertThat(close(teacher, id(held), 6, version).status()).isEqualTo(403);
    JsonNode action = action(child, id(held));
    ApiClient.Response notHers =
        api.send(
            "PUT",
            "/api/v1/actions/" + action.get("id").asString(),
            parent,
            "{\"status\":\"DONE\",\"version\":" + action.get("version") + "}");
    assertThat(notHers.status()).isEqualTo(403);

    JsonNode now = calls.get(id(held));
    assertThat(now.get("version").asLong()).isEqualTo(version);
    assertThat(now.get("location").asString()).isEqualTo("Room 4");
    assertThat(now.get("status").asString()).isEqualTo("HELD");
    assertThat(now.get("minutes").get("notes").isNull()).isTrue();
    JsonNode actionNow = api.get("/api/v1/actions/" + action.get("id").asString(), senco).json();
    assertThat(actionNow.get("status").asString()).isEqualTo("OPEN");
    assertThat(actionNow.get("version")).isEqualTo(action.get("version"));
  }

  private ApiClient.Response minutes(String meetingId, String notes, long version) {
    return minutes(meetingId, senco, notes, version);
  }

  private ApiClient.Response minutes(String meetingId, String token, String notes, long version) {
    return api.send(
        "PUT",
        path(meetingId) + "/minutes",
        token,
        "{\"notes\":\"" + notes + "\",\"version\":" + version + "}");
  }

  private ApiClient.Response close(String token, String meetingId, int weeks, long version) {
    return api.post(
        path(meetingId) + "/close",
        token,
        "{\"minutes\":\"We met.\",\"followUpOn\":\""
            + LocalDate.now().plusWeeks(weeks)
            + "\",\"version\":"
            + version
            + "}");
  }

  private JsonNode action(MeetingFixtures.Fresh child, String meetingId) {
    ApiClient.Response added =
        api.post(
            path(meetingId) + "/actions",
            senco,
            "{\"description\":\"Try the word mat\",\"ownerId\":\""
                + child.teacherId()
                + "\",\"dueOn\":\""
                + LocalDate.now().plusWeeks(2)
                + "\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    return added.json();
  }

  private List<JsonNode> meetingsOf(MeetingFixtures.Fresh child) {
    return api.get("/api/v1/children/" + child.id() + "/meetings", senco)
        .json()
        .get("items")
        .valueStream()
        .toList();
  }

  private static void assertOneWinner(List<ApiClient.Response> answers) {
    assertThat(statuses(answers))
        .as(answers.get(0).body() + " / " + answers.get(1).body())
        .containsExactly(200, 409);
    answers.stream().filter(a -> a.status() == 409).forEach(MeetingRaceTests::assertConflict);
  }

  private static void assertConflict(ApiClient.Response answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(409);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("status").asInt()).isEqualTo(409);
  }

  private static ApiClient.Response winner(List<ApiClient.Response> answers) {
    return answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
  }
}
