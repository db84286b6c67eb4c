package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The plan through the API with the demo accounts: issue 4's "Done when", and the rules around. */
@IntegrationTest
class PlanApiTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  PlanFixtures fixtures;
  String senco;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    fixtures = new PlanFixtures(context);
    senco = api.tokenFor(PlanFixtures.SENCO);
  }

  @Test
  void aNeedWithNoOutcomeIsABreakUntilAnOutcomeIsLinkedToIt() {
    String plan = planOf(fixtures.child());
    JsonNode need =
        created(
            api.post(
                plan + "/needs",
                senco,
                "{\"text\":\"Finds it hard to follow spoken instructions in class\","
                    + "\"area\":\"COMMUNICATION_AND_INTERACTION\"}"));
    String needId = need.get("id").asString();
    assertThat(need.get("area").asString()).isEqualTo("COMMUNICATION_AND_INTERACTION");
    assertThat(need.get("aspirationIds").isEmpty()).isTrue();

    JsonNode before = api.get(plan, senco).json();
    assertThat(breaks(before)).contains("NEED_WITHOUT_OUTCOME " + needId);
    assertThat(message(before, "NEED_WITHOUT_OUTCOME", needId))
        .contains("Finds it hard to follow spoken instructions in class");

    JsonNode outcome =
        created(
            api.post(
                plan + "/outcomes",
                senco,
                "{\"text\":\"Follows a two-step instruction without a prompt\","
                    + "\"successCriteria\":\"Does so in four lessons out of five\","
                    + "\"targetDate\":\"2027-07-20\",\"needIds\":[\""
                    + needId
                    + "\"]}"));
    assertThat(outcome.get("status").asString()).isEqualTo("NOT_STARTED");
    assertThat(outcome.get("needIds").get(0).asString()).isEqualTo(needId);

    JsonNode after = api.get(plan, senco).json();
    assertThat(breaks(after))
        .doesNotContain("NEED_WITHOUT_OUTCOME " + needId)
        .contains("OUTCOME_WITHOUT_PROVISION " + outcome.get("id").asString())
        .doesNotContain("OUTCOME_WITHOUT_TARGET_DATE " + outcome.get("id").asString());
    JsonNode linkedNeed = after.get("needs").get(0);
    assertThat(linkedNeed.get("outcomeIds").get(0).asString())
        .isEqualTo(outcome.get("id").asString());
    assertThat(linkedNeed.get("version").asLong())
        .as("linking from the outcome's side changes the need too")
        .isGreaterThan(need.get("version").asLong());
    assertThat(after.get("version").asLong()).isEqualTo(2);
  }

  @Test
  void provisionAnswersItsWeeklyMinutesAndYearlyCostAndThePlanItsTotals() {
    String plan = planOf(fixtures.child());
    JsonNode assistant =
        created(
            api.post(
                plan + "/provisions",
                senco,
                "{\"description\":\"Social skills group\",\"deliveredBy\":\"Mrs Khan\","
                    + "\"deliveredByRole\":\"TEACHING_ASSISTANT\",\"sessionsPerWeek\":2,"
                    + "\"minutesPerSession\":30,\"startDate\":\"2026-09-07\"}"));
    assertThat(assistant.get("weeklyMinutes").asInt()).isEqualTo(60);
    assertThat(assistant.get("groupSize").asInt()).isEqualTo(1);
    // £20 an hour x 1 hour a week x 39 weeks
    assertThat(assistant.get("annualCost").decimalValue()).isEqualByComparingTo("780.00");
    assertThat(assistant.get("deliveredBy").asString()).isEqualTo("Mrs Khan");

    JsonNode teacher =
        created(
            api.post(
                plan + "/provisions",
                senco,
                "{\"description\":\"Pre-teaching of topic words\",\"deliveredByRole\":\"TEACHER\","
                    + "\"sessionsPerWeek\":\"1\",\"minutesPerSession\":\"45\",\"groupSize\":\"3\"}"));
    // £45 x 0.75 hours x 39 weeks / 3 children
    assertThat(teacher.get("annualCost").decimalValue()).isEqualByComparingTo("438.75");

    JsonNode totals = api.get(plan, senco).json().get("totals");
    assertThat(totals.get("weeklyMinutes").asInt()).isEqualTo(105);
    assertThat(totals.get("annualCost").decimalValue()).isEqualByComparingTo("1218.75");
    assertThat(breaks(api.get(plan, senco).json()))
        .contains("PROVISION_WITHOUT_OUTCOME " + assistant.get("id").asString());
  }

  @Test
  void provisionWithoutWhoDeliversItIsSavedWithItsCostNotYetWorkedOut() {
    String plan = planOf(fixtures.child());
    JsonNode provision =
        created(
            api.post(
                plan + "/provisions",
                senco,
                "{\"description\":\"Lego therapy\",\"sessionsPerWeek\":2,"
                    + "\"minutesPerSession\":30}"));
    assertThat(provision.get("deliveredByRole").isNull()).isTrue();
    assertThat(provision.get("annualCost").isNull()).isTrue();
    assertThat(provision.get("costStatus").asString()).isEqualTo("WHO_DELIVERS_NOT_SAID");
    assertThat(provision.get("weeklyMinutes").asInt()).isEqualTo(60);

    JsonNode said =
        api.send(
                "PUT",
                plan + "/provisions/" + provision.get("id").asString(),
                senco,
                "{\"deliveredByRole\":\"TEACHING_ASSISTANT\",\"version\":"
                    + provision.get("version").asLong()
                    + "}")
            .json();
    assertThat(said.get("costStatus").asString()).isEqualTo("COSTED");
    assertThat(said.get("annualCost").decimalValue()).isEqualByComparingTo("780.00");
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    String plan = planOf(fixtures.child());
    JsonNode need =
        created(
            api.post(
                plan + "/needs",
                senco,
                "{\"text\":\"Worries about breaktimes\",\"area\":\"SEMH\"}"));
    String item = plan + "/needs/" + need.get("id").asString();
    long read = need.get("version").asLong();

    ApiClient.Response first =
        api.send(
            "PUT",
            item,
            senco,
            "{\"text\":\"Worries about breaktimes and lunchtimes\",\"area\":\"SEMH\",\"version\":"
                + read
                + "}");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("version").asLong()).isGreaterThan(read);

    ApiClient.Response second =
        api.send(
            "PUT",
            item,
            senco,
            "{\"text\":\"Something else\",\"area\":\"SENSORY_AND_PHYSICAL\",\"version\":"
                + read
                + "}");
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.contentType()).startsWith("application/problem+json");

    JsonNode now = api.get(item, senco).json();
    assertThat(now.get("text").asString()).isEqualTo("Worries about breaktimes and lunchtimes");
    assertThat(now.get("area").asString()).isEqualTo("SEMH");
    assertThat(api.get(plan, senco).json().get("version").asLong()).isEqualTo(2);
    JsonNode changes = api.get(item + "/history", senco).json();
    assertThat(changes.get("total").asInt()).isEqualTo(2);
    assertThat(changes.get("items").get(0).get("change").asString()).isEqualTo("CHANGED");
    assertThat(changes.get("items").get(0).get("authorName").asString()).isEqualTo("Helen Carter");
    assertThat(changes.get("items").get(1).get("item").get("text").asString())
        .isEqualTo("Worries about breaktimes");

    ApiClient.Response noVersion =
        api.send("PUT", item, senco, "{\"text\":\"No version\",\"area\":\"SEMH\"}");
    assertThat(noVersion.status()).isEqualTo(400);
    assertThat(noVersion.json().get("errors").toString()).contains("\"version\"");
  }

  @Test
  void theParentAddsAnAspirationAndCommentsButMayNotAddProvisionOrNeeds() {
    PlanFixtures.Fresh child = fixtures.child();
    String plan = planOf(child);
    String parent = api.tokenFor(child.parentEmail());

    ApiClient.Response aspiration =
        api.post(
            plan + "/aspirations",
            parent,
            "{\"text\":\"To have a few good friends to spend breaktime with\",\"voice\":\"CHILD\"}");
    assertThat(aspiration.status()).isEqualTo(201);
    assertThat(aspiration.json().get("voice").asString()).isEqualTo("CHILD");

    ApiClient.Response provision =
        api.post(
            plan + "/provisions",
            parent,
            "{\"description\":\"Extra help\",\"deliveredByRole\":\"TEACHER\","
                + "\"sessionsPerWeek\":1,\"minutesPerSession\":60}");
    assertThat(provision.status()).isEqualTo(403);
    assertThat(provision.contentType()).startsWith("application/problem+json");
    assertThat(
            api.post(plan + "/needs", parent, "{\"text\":\"A need\",\"area\":\"SEMH\"}").status())
        .isEqualTo(403);

    String needId =
        created(api.post(plan + "/needs", senco, "{\"text\":\"Shy\",\"area\":\"SEMH\"}"))
            .get("id")
            .asString();
    String aspirationId = aspiration.json().get("id").asString();
    ApiClient.Response linkAttempt =
        api.send(
            "PUT",
            plan + "/aspirations/" + aspirationId,
            parent,
            "{\"text\":\"To have a few good friends\",\"voice\":\"CHILD\",\"needIds\":[\""
                + needId
                + "\"],\"version\":"
                + aspiration.json().get("version").asLong()
                + "}");
    assertThat(linkAttempt.status()).as("a link changes the need: staff only").isEqualTo(403);

    ApiClient.Response comment =
        api.post(
            plan + "/needs/" + needId + "/comments",
            parent,
            "{\"text\":\"She is chatty at home with her cousins\"}");
    assertThat(comment.status()).isEqualTo(201);
    assertThat(comment.json().get("family").asBoolean()).isTrue();
    assertThat(
            api.get("/api/v1/children/" + child.id() + "/audit?size=50", senco).json().toString())
        .contains("Commented on a need in the plan: She is chatty at home with her cousins");

    JsonNode view = api.get(plan, parent).json();
    assertThat(view.get("participation").asString()).isEqualTo("ENGAGED");
    assertThat(view.get("comments").get(0).get("text").asString())
        .isEqualTo("She is chatty at home with her cousins");
    assertThat(view.get("aspirations").get(0).get("text").asString())
        .isEqualTo("To have a few good friends to spend breaktime with");
  }

  @Test
  void aPlanWrittenWithTheFamilyAndAgreedByTheParentIsCoProduced() {
    PlanFixtures.Fresh child = fixtures.child();
    String plan = planOf(child);
    String parent = api.tokenFor(child.parentEmail());
    assertThat(api.get(plan, parent).json().get("participation").asString()).isEqualTo("INFORMED");

    String aspiration =
        created(
                api.post(
                    plan + "/aspirations",
                    parent,
                    "{\"text\":\"To travel to town on her own\",\"voice\":\"SHARED\"}"))
            .get("id")
            .asString();
    String need =
        created(
                api.post(
                    plan + "/needs",
                    senco,
                    "{\"text\":\"Gets anxious in new places\",\"area\":\"SEMH\",\"aspirationIds\":[\""
                        + aspiration
                        + "\"]}"))
            .get("id")
            .asString();
    String outcome =
        created(
                api.post(
                    plan + "/outcomes",
                    senco,
                    "{\"text\":\"Takes the bus to town with a buddy\",\"targetDate\":\"2027-03-31\","
                        + "\"writtenWithFamily\":true,\"needIds\":[\""
                        + need
                        + "\"]}"))
            .get("id")
            .asString();
    created(
        api.post(
            plan + "/provisions",
            senco,
            "{\"description\":\"Travel training\",\"deliveredByRole\":\"OTHER\","
                + "\"deliveredBy\":\"Travel buddy scheme\",\"sessionsPerWeek\":1,"
                + "\"minutesPerSession\":90,\"outcomeIds\":[\""
                + outcome
                + "\"]}"));
    JsonNode whole = api.get(plan, parent).json();
    assertThat(whole.get("breaks").isEmpty()).isTrue();
    assertThat(whole.get("participation").asString()).isEqualTo("ENGAGED");
    assertThat(whole.get("provisions").get(0).get("annualCost").isNull())
        .as("no default rate for OTHER")
        .isTrue();

    long version = whole.get("version").asLong();
    ApiClient.Response stale =
        api.post(plan + "/agreement", parent, "{\"version\":" + (version - 1) + "}");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(api.post(plan + "/agreement", senco, "{\"version\":" + version + "}").status())
        .isEqualTo(403);
    ApiClient.Response agreed =
        api.post(plan + "/agreement", parent, "{\"version\":" + version + "}");
    assertThat(agreed.status()).isEqualTo(201);
    assertThat(agreed.json().get("relationship").asString()).isEqualTo("PARENT");

    JsonNode coProduced = api.get(plan, senco).json();
    assertThat(coProduced.get("participation").asString()).isEqualTo("CO_PRODUCED");
    assertThat(coProduced.get("participationReason").asString())
        .contains(child.parentName())
        .contains("agreed this version");
    assertThat(coProduced.get("agreement").get("current").asBoolean()).isTrue();
    assertThat(
            api.get("/api/v1/children/" + child.id() + "/audit?size=50", parent).json().toString())
        .contains("Agreed version " + version + " of the plan");

    api.post(plan + "/strategies", senco, "{\"text\":\"Visual timetable\",\"usedAt\":\"BOTH\"}");
    JsonNode changed = api.get(plan, senco).json();
    assertThat(changed.get("participation").asString()).isEqualTo("ENGAGED");
    assertThat(changed.get("agreement").get("current").asBoolean()).isFalse();
  }

  @Test
  void removingAnOutcomeReopensTheBreakOnItsNeedAndIsInTheAuditTrail() {
    PlanFixtures.Fresh child = fixtures.child();
    String plan = planOf(child);
    String need =
        created(
                api.post(
                    plan + "/needs",
                    senco,
                    "{\"text\":\"Reading\",\"area\":\"COGNITION_AND_LEARNING\"}"))
            .get("id")
            .asString();
    JsonNode outcome =
        created(
            api.post(
                plan + "/outcomes",
                senco,
                "{\"text\":\"Reads a short book\",\"needIds\":[\"" + need + "\"]}"));
    assertThat(breaks(api.get(plan, senco).json())).doesNotContain("NEED_WITHOUT_OUTCOME " + need);

    ApiClient.Response removed =
        api.send(
            "DELETE",
            plan
                + "/outcomes/"
                + outcome.get("id").asString()
                + "?version="
                + outcome.get("version").asLong(),
            senco,
            null);
    assertThat(removed.status()).isEqualTo(204);
    assertThat(breaks(api.get(plan, senco).json())).contains("NEED_WITHOUT_OUTCOME " + need);
    assertThat(api.get(plan + "/outcomes/" + outcome.get("id").asString(), senco).status())
        .isEqualTo(404);
    JsonNode outcomeHistory =
        api.get(plan + "/outcomes/" + outcome.get("id").asString() + "/history", senco).json();
    assertThat(outcomeHistory.get("items").get(0).get("change").asString()).isEqualTo("REMOVED");
    JsonNode needHistory = api.get(plan + "/needs/" + need + "/history", senco).json();
    assertThat(needHistory.get("items").get(0).get("change").asString()).isEqualTo("LINKS_CHANGED");

    String trail =
        api.get("/api/v1/children/" + child.id() + "/audit?size=50", senco).json().toString();
    assertThat(trail)
        .contains("Added a need to the plan: Reading")
        .contains("Added an outcome to the plan: Reads a short book")
        .contains("Removed an outcome from the plan: Reads a short book");
  }

  @Test
  void badInputIsA400WithFieldErrorsAndAnUnknownKindIsA404() {
    String plan = planOf(fixtures.child());
    ApiClient.Response empty = api.post(plan + "/needs", senco, "{\"text\":\"  \"}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(fields(empty)).containsExactlyInAnyOrder("text", "area");

    ApiClient.Response numbers =
        api.post(
            plan + "/provisions",
            senco,
            "{\"description\":\"Group\",\"deliveredByRole\":\"NURSE\",\"sessionsPerWeek\":\"two\","
                + "\"minutesPerSession\":0,\"groupSize\":0,\"startDate\":\"2026-09-07\","
                + "\"endDate\":\"2026-09-01\"}");
    assertThat(numbers.status()).isEqualTo(400);
    assertThat(fields(numbers)).contains("deliveredByRole", "sessionsPerWeek");

    ApiClient.Response ranges =
        api.post(
            plan + "/provisions",
            senco,
            "{\"description\":\"Group\",\"deliveredByRole\":\"TEACHER\",\"sessionsPerWeek\":1,"
                + "\"minutesPerSession\":0,\"groupSize\":0,\"startDate\":\"2026-09-07\","
                + "\"endDate\":\"2026-09-01\"}");
    assertThat(fields(ranges))
        .containsExactlyInAnyOrder("minutesPerSession", "groupSize", "endDate");

    ApiClient.Response elsewhere =
        api.post(
            plan + "/outcomes",
            senco,
            "{\"text\":\"Reads\",\"needIds\":[\"7d3e2b9c-2f6e-4a55-9a51-5d1c1b0c9e11\"]}");
    assertThat(fields(elsewhere)).containsExactly("needIds");

    assertThat(api.post(plan + "/wishes", senco, "{\"text\":\"x\"}").status()).isEqualTo(404);
    assertThat(api.get(plan + "/needs/not-an-id", senco).status()).isEqualTo(404);
    assertThat(api.get(plan + "/history?at=yesterday", senco).status()).isEqualTo(400);
    assertThat(api.get(plan, senco).json().get("version").asLong())
        .as("nothing refused was kept")
        .isZero();
  }

  @Test
  void peopleWhoMayNotSeeSarahGet404AndATeacherOffTheTeamOnlyReads() {
    String sarah =
        api.get("/api/v1/children", api.tokenFor("parent@example.org"))
            .json()
            .get("items")
            .get(0)
            .get("id")
            .asString();
    for (String email :
        List.of("other.parent@example.org", "senco@brook.example", "ep@eps.example")) {
      ApiClient.Response response =
          api.get("/api/v1/children/" + sarah + "/plan", api.tokenFor(email));
      assertThat(response.status()).as(email).isEqualTo(404);
      assertThat(
              api.post(
                      "/api/v1/children/" + sarah + "/plan/aspirations",
                      api.tokenFor(email),
                      "{\"text\":\"x\",\"voice\":\"CHILD\"}")
                  .status())
          .as(email)
          .isEqualTo(404);
    }
    ApiClient.Response parent =
        api.get("/api/v1/children/" + sarah + "/plan", api.tokenFor("parent@example.org"));
    assertThat(parent.status()).isEqualTo(200);
    assertThat(parent.json().get("childId").asString()).isEqualTo(sarah);

    String plan = planOf(fixtures.child());
    String teacher = api.tokenFor("teacher@riverside.example");
    assertThat(api.get(plan, teacher).status()).isEqualTo(200);
    assertThat(api.post(plan + "/needs", teacher, "{\"text\":\"x\",\"area\":\"SEMH\"}").status())
        .isEqualTo(403);
  }

  @Test
  void theOpenApiDocumentDescribesThePlan() {
    ApiClient.Response docs = api.get("/v3/api-docs", null);
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.body())
        .contains(
            "/api/v1/children/{childId}/plan",
            "/api/v1/children/{childId}/plan/{kind}",
            "/api/v1/children/{childId}/plan/{kind}/{itemId}",
            "/api/v1/children/{childId}/plan/{kind}/{itemId}/history",
            "/api/v1/children/{childId}/plan/{kind}/{itemId}/comments",
            "/api/v1/children/{childId}/plan/history",
            "/api/v1/children/{childId}/plan/agreement",
            "ProvisionView",
            "participationReason");
    int kinds = 0;
    for (String path :
        List.of(
            "/api/v1/children/{childId}/plan/{kind}",
            "/api/v1/children/{childId}/plan/{kind}/{itemId}",
            "/api/v1/children/{childId}/plan/{kind}/{itemId}/history",
            "/api/v1/children/{childId}/plan/{kind}/{itemId}/comments")) {
      for (String method : List.of("get", "post", "put", "delete")) {
        JsonNode operation = docs.json().get("paths").get(path).get(method);
        if (operation == null) {
          continue;
        }
        for (JsonNode parameter : operation.get("parameters")) {
          if (parameter.get("name").asString().equals("kind")) {
            kinds++;
            assertThat(parameter.get("schema").get("enum").toString())
                .as(method + " " + path)
                .isEqualTo(
                    "[\"aspirations\",\"needs\",\"outcomes\",\"provisions\",\"strategies\"]");
          }
        }
      }
    }
    assertThat(kinds).as("operations with a documented kind").isEqualTo(6);
    docs.json()
        .get("paths")
        .properties()
        .forEach(
            path -> {
              if (path.getKey().contains("/plan")) {
                assertThat(path.getValue().toString())
                    .as("the door's argument is not a parameter of " + path.getKey())
                    .doesNotContain("AccessibleChild");
              }
            });
    System.out.println(
        "OPENAPI-PLAN "
            + docs.json().get("paths").get("/api/v1/children/{childId}/plan/{kind}").toString());
  }

  private static String planOf(PlanFixtures.Fresh child) {
    return "/api/v1/children/" + child.id() + "/plan";
  }

  private static JsonNode created(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private static List<String> breaks(JsonNode plan) {
    List<String> breaks = new ArrayList<>();
    plan.get("breaks")
        .forEach(b -> breaks.add(b.get("kind").asString() + " " + b.get("itemId").asString()));
    return breaks;
  }

  private static String message(JsonNode plan, String kind, String itemId) {
    for (JsonNode b : plan.get("breaks")) {
      if (b.get("kind").asString().equals(kind) && b.get("itemId").asString().equals(itemId)) {
        return b.get("message").asString();
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
}
