package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.goldenthread.IntegrationTest;
import org.goldenthread.family.FamilyRelationship;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Two people saving the same versioned part of a child's record at the same moment: one succeeds,
 * the other gets a conflict (409, or the conflict page on a form) and changes nothing; never a 500.
 * Each race is run with real parallel requests released together, and each stale version on its
 * own.
 */
@IntegrationTest
@Import(TestChildren.class)
class ConcurrentEditsTests {

  @LocalServerPort int port;
  @Autowired TestChildren fixtures;
  ApiClient api;
  String senco;
  ChildSummary child;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    senco = api.tokenFor(TestChildren.SENCO);
    child = fixtures.create("Zara", TestChildren.unique("Quinn"));
  }

  private String base() {
    return "/api/v1/children/" + child.id();
  }

  private ApiClient.Response put(String path, String json) {
    return api.send("PUT", base() + path, senco, json);
  }

  /** Both requests released at the same moment; their statuses, lowest first. */
  private List<Integer> together(IntSupplier first, IntSupplier second) {
    return AtOnce.run(first::getAsInt, second::getAsInt).stream().sorted().toList();
  }

  @Test
  void theChildRecord() throws Exception {
    JsonNode now = api.get(base(), senco).json();
    String body =
        now.toString().replaceFirst("\\}$", "").replace("\"profile\":", "\"ignored\":") + "}";

    assertThat(
            together(
                () ->
                    put("", body.replace("\"preferredName\":null", "\"preferredName\":\"Zee\""))
                        .status(),
                () ->
                    put("", body.replace("\"preferredName\":null", "\"preferredName\":\"Z\""))
                        .status()))
        .containsExactly(200, 409);
    assertThat(put("", body).status()).as("stale").isEqualTo(409);
    assertThat(api.get(base(), senco).json().get("version").asLong())
        .isEqualTo(now.get("version").asLong() + 1);
  }

  @Test
  void aFamilyMember() throws Exception {
    JsonNode added =
        api.post(base() + "/family", senco, "{\"name\":\"Pat Quinn\",\"relationship\":\"FATHER\"}")
            .json();
    String path = "/family/" + added.get("id").asString();
    long version = added.get("version").asLong();

    assertThat(
            together(
                () -> put(path, "{\"phone\":\"0100\",\"version\":" + version + "}").status(),
                () -> put(path, "{\"phone\":\"0200\",\"version\":" + version + "}").status()))
        .containsExactly(200, 409);
    assertThat(put(path, "{\"phone\":\"0300\",\"version\":" + version + "}").status())
        .as("stale")
        .isEqualTo(409);
    JsonNode after = api.get(base() + "/family", senco).json().get("members").get("items").get(0);
    assertThat(after.get("phone").asString()).isIn("0100", "0200");
    assertThat(after.get("version").asLong()).isEqualTo(version + 1);
  }

  @Test
  void theFamilyContextFromItsFirstSaveOn() throws Exception {
    assertThat(api.get(base() + "/family", senco).json().get("context").get("version").asLong())
        .isZero();

    assertThat(
            together(
                () -> put("/family/context", "{\"religion\":\"A\",\"version\":0}").status(),
                () -> put("/family/context", "{\"religion\":\"B\",\"version\":0}").status()))
        .containsExactly(200, 409);

    JsonNode first = api.get(base() + "/family", senco).json().get("context");
    assertThat(first.get("version").asLong()).isEqualTo(1);
    assertThat(put("/family/context", "{\"religion\":\"C\",\"version\":0}").status())
        .as("stale")
        .isEqualTo(409);
    ApiClient.Response second = put("/family/context", "{\"religion\":\"D\",\"version\":1}");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().get("version").asLong()).isEqualTo(2);
    assertThat(put("/family/context", "{\"religion\":\"E\",\"version\":1}").status())
        .as("stale after the second save")
        .isEqualTo(409);

    assertThat(
            together(
                () -> put("/family/context", "{\"religion\":\"F\",\"version\":2}").status(),
                () -> put("/family/context", "{\"religion\":\"G\",\"version\":2}").status()))
        .containsExactly(200, 409);
    assertThat(api.get(base() + "/family", senco).json().get("context").get("version").asLong())
        .isEqualTo(3);
  }

  @Test
  void aTeamMember() throws Exception {
    JsonNode added =
        api.post(base() + "/team", senco, "{\"name\":\"Kay Lowe\",\"role\":\"TEACHING_ASSISTANT\"}")
            .json();
    String path = "/team/" + added.get("id").asString();
    String start = added.get("startOn").asString();
    long version = added.get("version").asLong();
    IntSupplier commit =
        () ->
            put(
                    path,
                    "{\"name\":\"Kay Lowe\",\"startOn\":\""
                        + start
                        + "\",\"commitment\":\"Reading every day\",\"version\":"
                        + version
                        + "}")
                .status();

    assertThat(together(commit, commit)).containsExactly(200, 409);
    assertThat(commit.getAsInt()).as("stale").isEqualTo(409);
  }

  @Test
  void consentRecordedForAMember() throws Exception {
    CurrentUser professional = fixtures.professional("Racer");
    JsonNode added =
        api.post(
                base() + "/team",
                senco,
                "{\"userId\":\"" + professional.id() + "\",\"role\":\"OCCUPATIONAL_THERAPIST\"}")
            .json();
    String consent =
        "{\"memberId\":\""
            + added.get("id").asString()
            + "\",\"status\":\"GIVEN\",\"method\":\"WRITTEN\",\"givenBy\":\"Jo Quinn\","
            + "\"version\":"
            + added.get("version").asLong()
            + "}";
    IntSupplier record = () -> api.post(base() + "/consents", senco, consent).status();

    assertThat(together(record, record)).containsExactly(201, 409);
    assertThat(record.getAsInt()).as("stale").isEqualTo(409);
    assertThat(api.get(base() + "/consents", senco).json().get("total").asLong()).isEqualTo(1);
  }

  @Test
  void aProfileSectionFromItsFirstWriteOnThroughThePage() throws Exception {
    PageSession one = new PageSession(port);
    one.signIn(TestChildren.SENCO, TestChildren.PASSWORD);
    PageSession two = new PageSession(port);
    two.signIn(TestChildren.SENCO, TestChildren.PASSWORD);
    String path = "/children/" + child.id() + "/profile/important-to-me";
    Page formOne = one.get(path);
    Page formTwo = two.get(path);

    Page[] answers = new Page[2];
    List<Integer> statuses =
        together(
            () -> {
              answers[0] = one.submit(formOne, "main form", Map.of("text", "Drawing"));
              return answers[0].status();
            },
            () -> {
              answers[1] = two.submit(formTwo, "main form", Map.of("text", "Football"));
              return answers[1].status();
            });

    assertThat(statuses).containsExactly(200, 302);
    Page conflict = answers[0].status() == 200 ? answers[0] : answers[1];
    assertThat(conflict.document().select(".govuk-error-summary").text())
        .contains("Someone else changed this section");
    assertThat(one.submit(formOne, "main form", Map.of("text", "Later")).status())
        .as("stale")
        .isEqualTo(200);
  }

  @Test
  void theFamilyContextThroughThePage() throws Exception {
    PageSession one = new PageSession(port);
    one.signIn(TestChildren.SENCO, TestChildren.PASSWORD);
    PageSession two = new PageSession(port);
    two.signIn(TestChildren.SENCO, TestChildren.PASSWORD);
    String path = "/children/" + child.id() + "/family/context";
    Page formOne = one.get(path);
    Page formTwo = two.get(path);

    Page[] answers = new Page[2];
    List<Integer> statuses =
        together(
            () -> {
              answers[0] = one.submit(formOne, "main form", Map.of("culture", "One"));
              return answers[0].status();
            },
            () -> {
              answers[1] = two.submit(formTwo, "main form", Map.of("culture", "Two"));
              return answers[1].status();
            });

    assertThat(statuses).containsExactly(200, 302);
    Page conflict = answers[0].status() == 200 ? answers[0] : answers[1];
    assertThat(conflict.document().select("#your-changes").text()).contains("Culture");
  }

  @Test
  void aRefusedEditSavesNothing() {
    CurrentUser professional = fixtures.professional("Member");
    JsonNode added =
        api.post(
                base() + "/team",
                senco,
                "{\"userId\":\"" + professional.id() + "\",\"role\":\"SCHOOL_NURSE\"}")
            .json();
    CurrentUser mother = fixtures.account("Mother", Role.PARENT, null);
    fixtures.parent(child, TestChildren.details("Jo Quinn", FamilyRelationship.MOTHER), mother);
    api.post(
        base() + "/consents",
        api.tokenFor(mother.email()),
        "{\"memberId\":\""
            + added.get("id").asString()
            + "\",\"status\":\"GIVEN\","
            + "\"method\":\"IN_APP\"}");
    JsonNode member =
        api.get(base() + "/team", senco)
            .json()
            .get("items")
            .valueStream()
            .filter(m -> m.get("id").asString().equals(added.get("id").asString()))
            .findFirst()
            .orElseThrow();

    ApiClient.Response refused =
        api.send(
            "PUT",
            base() + "/team/" + added.get("id").asString(),
            api.tokenFor(professional.email()),
            "{\"role\":\"SENCO\",\"commitment\":\"Weekly visits\",\"version\":"
                + member.get("version").asLong()
                + "}");

    assertThat(refused.status()).isEqualTo(403);
    JsonNode after =
        api.get(base() + "/team", senco)
            .json()
            .get("items")
            .valueStream()
            .filter(m -> m.get("id").asString().equals(added.get("id").asString()))
            .findFirst()
            .orElseThrow();
    assertThat(after.get("role").asString()).isEqualTo("SCHOOL_NURSE");
    assertThat(after.get("commitment").isNull()).isTrue();
    assertThat(after.get("version").asLong()).isEqualTo(member.get("version").asLong());
  }
}
