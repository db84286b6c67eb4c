package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.goldenthread.support.ApiClient;
import tools.jackson.databind.JsonNode;

/** The meeting API as the SENCO (or anyone with a token) calls it, for the tests of issue 10. */
final class MeetingCalls {

  private final ApiClient api;
  private final String token;

  MeetingCalls(ApiClient api, String token) {
    this.api = api;
    this.token = token;
  }

  /** A SEN support review of the child, booked (or a draft), inviting these people. */
  JsonNode arrange(UUID childId, Instant start, boolean draft, UUID... invitees) {
    StringBuilder ids = new StringBuilder("[");
    for (int i = 0; i < invitees.length; i++) {
      ids.append(i == 0 ? "\"" : ",\"").append(invitees[i]).append('"');
    }
    ids.append(']');
    ApiClient.Response response =
        api.post(
            "/api/v1/children/" + childId + "/meetings",
            token,
            "{\"kind\":\"SEN_SUPPORT_REVIEW\",\"startsAt\":\""
                + start
                + "\",\"location\":\"Room 4\",\"inviteeIds\":"
                + ids
                + (draft ? ",\"status\":\"DRAFT\"" : "")
                + "}");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  JsonNode get(String meetingId) {
    ApiClient.Response response = api.get(path(meetingId), token);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  long version(String meetingId) {
    return get(meetingId).get("version").asLong();
  }

  ApiClient.Response put(String meetingId, String fields, long version) {
    return api.send("PUT", path(meetingId), token, "{" + fields + ",\"version\":" + version + "}");
  }

  ApiClient.Response close(String meetingId, String fields) {
    return api.post(path(meetingId) + "/close", token, "{" + fields + "}");
  }

  static String path(String meetingId) {
    return "/api/v1/meetings/" + meetingId;
  }

  static String id(JsonNode meeting) {
    return meeting.get("id").asString();
  }

  static List<String> invitees(JsonNode meeting) {
    return meeting.get("inviteeIds").valueStream().map(JsonNode::asString).toList();
  }

  static Instant inDays(int days) {
    return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
  }

  /** The statuses of two answers, smallest first: [200, 409] for one winner and one conflict. */
  static List<Integer> statuses(List<ApiClient.Response> answers) {
    return answers.stream().map(ApiClient.Response::status).sorted().toList();
  }
}
