package org.goldenthread.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/authorities/{id}/dashboard} on records made here ({@link AnArea}): the
 * authority's officer reads the figures, right; another authority's officer, a SENCO and a parent
 * find nothing (404); so does the officer at an id that is none.
 */
@IntegrationTest
class OverviewApiTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  AnArea area;
  String path;

  @BeforeEach
  void anAreaWithKnownFigures() {
    api = new ApiClient(port);
    area = AnArea.open(context);
    path = "/api/v1/authorities/" + area.authority() + "/dashboard";
  }

  @Test
  void theOfficerReadsTheFiguresOfTheirArea() {
    ApiClient.Response answer = api.get(path, api.tokenFor(area.officerEmail()));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode d = answer.json();
    assertThat(d.get("authorityId").asString()).isEqualTo(area.authority().toString());
    assertThat(d.get("authorityName").asString()).startsWith("Overviewshire ");

    JsonNode assessments = d.get("assessments");
    assertThat(assessments.get("finished").asLong()).isEqualTo(2);
    assertThat(assessments.get("within20Weeks").asLong()).isEqualTo(1);
    assertThat(assessments.get("percent").asInt()).isEqualTo(50);
    JsonNode thisMonth = last(assessments.get("months"));
    assertThat(thisMonth.get("month").asString())
        .isEqualTo(d.get("asOf").asString().substring(0, 7));
    assertThat(thisMonth.get("finished").asLong()).isEqualTo(2);
    assertThat(thisMonth.get("within20Weeks").asLong()).isEqualTo(1);

    JsonNode reviews = d.get("annualReviews");
    assertThat(reviews.get("plans").asLong()).isEqualTo(5);
    assertThat(reviews.get("withoutDate").asLong()).isEqualTo(1);
    assertThat(reviews.get("overdue").asLong()).isEqualTo(1);
    assertThat(pairs(reviews.get("overdueBy"), "band", "children"))
        .containsExactly(
            "UP_TO_1_MONTH=0", "1_TO_3_MONTHS=1", "3_TO_6_MONTHS=0", "OVER_6_MONTHS=0");

    JsonNode missed = d.get("missedDeadlines");
    assertThat(missed.get("missed").asLong()).isEqualTo(3);
    assertThat(pairs(missed.get("byKind"), "kind", "missed"))
        .containsExactlyInAnyOrder("FINAL_PLAN=2", "ADVICE=1");
    assertThat(pairs(missed.get("byOwner"), "owner", "missed"))
        .containsExactlyInAnyOrder("LOCAL_AUTHORITY=2", "TEAM_MEMBER=1");

    JsonNode disagreements = d.get("disagreements");
    assertThat(disagreements.get("open").asLong()).isEqualTo(1);
    assertThat(disagreements.get("settledThisYear").asLong()).isEqualTo(1);
    assertThat(pairs(disagreements.get("byStage"), "stage", "open"))
        .contains("MEDIATION=1", "TALK_TO_SCHOOL=0");
    assertThat(pairs(disagreements.get("byStage"), "stage", "settledThisYear"))
        .contains("TALK_TO_SCHOOL=1", "MEDIATION=0");

    JsonNode sen = d.get("senChildren");
    assertThat(sen.get("senSupport").asLong()).isEqualTo(3);
    assertThat(sen.get("ehcPlan").asLong()).isEqualTo(5);
    List<String> schools = new ArrayList<>();
    sen.get("bySchool")
        .forEach(
            s ->
                schools.add(
                    s.get("schoolName").asString().substring(0, 5)
                        + " "
                        + s.get("senSupport").asLong()
                        + "/"
                        + s.get("ehcPlan").asLong()));
    assertThat(schools).containsExactly("Alder 2/3", "Birch 1/2");
    assertThat(pairs(sen.get("byNeed"), "need", "ehcPlan"))
        .containsExactly("SEMH=1", "SLCN=1", "ASD=2", "null=1");
    assertThat(pairs(sen.get("byNeed"), "need", "senSupport"))
        .containsExactly("SEMH=2", "SLCN=0", "ASD=0", "null=1");
  }

  @Test
  void anyoneOutsideTheAreaFindsNothing() {
    AnArea other = AnArea.open(context);
    FreshSchool school = FreshSchool.open(context);
    String parentEmail = "parent+" + UUID.randomUUID() + "@overview.example";
    new Pupils(context, school).pupil("Ola", "Outside").withParent(parentEmail, "Pat").add();

    for (String email : List.of(other.officerEmail(), school.senco().email(), parentEmail)) {
      ApiClient.Response answer = api.get(path, api.tokenFor(email));
      assertThat(answer.status()).as(email + ": " + answer.body()).isEqualTo(404);
    }
    String officer = api.tokenFor(area.officerEmail());
    assertThat(api.get("/api/v1/authorities/" + UUID.randomUUID() + "/dashboard", officer).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/authorities/not-an-id/dashboard", officer).status()).isEqualTo(404);
    assertThat(api.get(path, null).status()).isEqualTo(401);
  }

  private static JsonNode last(JsonNode array) {
    return array.get(array.size() - 1);
  }

  private static List<String> pairs(JsonNode array, String key, String value) {
    List<String> pairs = new ArrayList<>();
    array.forEach(
        item ->
            pairs.add(
                (item.get(key) == null || item.get(key).isNull()
                        ? "null"
                        : item.get(key).asString())
                    + "="
                    + item.get(value).asLong()));
    return pairs;
  }
}
