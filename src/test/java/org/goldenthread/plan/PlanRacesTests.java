package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two people changing the plan at the same moment: one change is saved and the other is told it
 * lost (409) with nothing of it saved; never a server error, never a silent overwrite.
 */
@IntegrationTest
class PlanRacesTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  String senco;
  String plan;

  @BeforeEach
  void newChild() {
    api = new ApiClient(port);
    senco = api.tokenFor(PlanFixtures.SENCO);
    plan = "/api/v1/children/" + new PlanFixtures(context).child().id() + "/plan";
  }

  @Test
  void twoEditsOfOneItemFromTheSameVersionSaveOneAndRefuseTheOther() {
    JsonNode need = add("needs", Map.of("text", "First words", "area", "SEMH"));
    String item = plan + "/needs/" + need.get("id").asString();
    long version = need.get("version").asLong();

    List<ApiClient.Response> answers =
        AtOnce.run(
            () -> put(item, Map.of("text", "Mother's words", "version", version)),
            () -> put(item, Map.of("text", "Teacher's words", "version", version)));

    assertThat(answers)
        .as(answers.toString())
        .extracting(ApiClient.Response::status)
        .containsExactlyInAnyOrder(200, 409);
    ApiClient.Response winner = answers.stream().filter(a -> a.status() == 200).findFirst().get();
    ApiClient.Response loser = answers.stream().filter(a -> a.status() == 409).findFirst().get();
    assertThat(loser.json().get("type").asString()).isEqualTo("/problems/edit-conflict");
    JsonNode saved = api.get(item, senco).json();
    assertThat(saved.get("text").asString()).isEqualTo(winner.json().get("text").asString());
    assertThat(saved.get("area").asString())
        .as("a field left out keeps its value")
        .isEqualTo("SEMH");
  }

  @Test
  void twoPeopleAddingAtOnceBothKeepWhatTheyAdded() {
    List<ApiClient.Response> answers =
        AtOnce.run(
            () ->
                api.post(
                    plan + "/aspirations", senco, json(Map.of("text", "One", "voice", "CHILD"))),
            () ->
                api.post(
                    plan + "/aspirations", senco, json(Map.of("text", "Two", "voice", "PARENT"))));

    assertThat(answers).extracting(ApiClient.Response::status).containsExactly(201, 201);
    assertThat(api.get(plan, senco).json().get("aspirations")).hasSize(2);
  }

  private JsonNode add(String kind, Map<String, Object> fields) {
    ApiClient.Response answer = api.post(plan + "/" + kind, senco, json(fields));
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json();
  }

  private ApiClient.Response put(String path, Map<String, Object> fields) {
    return api.send("PUT", path, senco, json(fields));
  }

  private static String json(Map<String, Object> fields) {
    return JSON.writeValueAsString(fields);
  }
}
