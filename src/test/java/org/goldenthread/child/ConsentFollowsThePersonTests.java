package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.family.FamilyRelationship;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Consent follows the person, not the role typed in: an outside professional (an account of a
 * support service) cannot be slipped onto the team in a school or family role, and reads nothing of
 * the child, through any page or the API, until a parent records consent.
 */
@IntegrationTest
@Import(TestChildren.class)
class ConsentFollowsThePersonTests {

  /** Everything about one child a person might try to read, through the API and the pages. */
  static final List<String> API_PARTS =
      List.of("", "/family", "/team", "/consents", "/audit", "/plan", "/meetings", "/reviews");

  static final List<String> PAGE_PARTS =
      List.of("", "/family", "/team", "/plan", "/meetings", "/reviews", "/audit");

  @LocalServerPort int port;
  @Autowired TestChildren fixtures;
  @Autowired Teams teams;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;
  String sencoToken;
  ChildSummary child;
  CurrentUser outsider;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    sencoToken = api.tokenFor(TestChildren.SENCO);
    child = fixtures.create("Ivy", TestChildren.unique("Marsh"));
    outsider = fixtures.professional("Outsider");
  }

  private String team() {
    return "/api/v1/children/" + child.id() + "/team";
  }

  private List<TeamMemberView> members() {
    return teams.all(fixtures.as(TestChildren.SENCO, child.id()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"SENCO", "CLASS_TEACHER", "TEACHING_ASSISTANT", "PARENT_CARER", "CHILD"})
  void anOutsideProfessionalGivenASchoolOrFamilyRoleIsRefusedThroughTheApi(String role) {
    ApiClient.Response refused =
        api.post(
            team(), sencoToken, "{\"userId\":\"" + outsider.id() + "\",\"role\":\"" + role + "\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("role");
    assertThat(members()).isEmpty();
    assertSeesNothing(outsider.email());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"SENCO", "CLASS_TEACHER", "TEACHING_ASSISTANT", "PARENT_CARER", "CHILD"})
  void anOutsideProfessionalGivenASchoolOrFamilyRoleIsRefusedOnThePage(String role) {
    PageSession senco = new PageSession(port);
    senco.signIn(TestChildren.SENCO, TestChildren.PASSWORD);
    Page form = senco.get("/children/" + child.id() + "/team/new");
    Map<String, String> fields = new HashMap<>();
    fields.put("email", outsider.email());
    fields.put("name", "");
    fields.put("role", role);
    fields.put("organisation", "Northshire Educational Psychology Service");
    fields.put("commitment", "");

    Page refused = senco.submit(form, "main form", fields);

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#role");
    assertThat(refused.document().select("#role-error").text())
        .contains(role.equals("CHILD") ? "child’s own" : "Only");
    assertThat(members()).isEmpty();
  }

  @Test
  void staffOfAnotherSchoolAreOutsidersToo() {
    CurrentUser brookSenco = fixtures.user(TestChildren.OTHER_SENCO);
    ApiClient.Response refused =
        api.post(
            team(),
            sencoToken,
            "{\"userId\":\"" + brookSenco.id() + "\",\"role\":\"TEACHING_ASSISTANT\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(members()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"OTHER", "EDUCATIONAL_PSYCHOLOGIST"})
  void anOutsideProfessionalInAnOutsideRoleWaitsForConsentAndReadsNothingUntilAParentGivesIt(
      String role) {
    ApiClient.Response added =
        api.post(
            team(), sencoToken, "{\"userId\":\"" + outsider.id() + "\",\"role\":\"" + role + "\"}");
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.json().get("consent").asString()).isEqualTo("PENDING");
    assertSeesNothing(outsider.email());

    CurrentUser mother = fixtures.account("Mother", Role.PARENT, null);
    fixtures.parent(child, TestChildren.details("Ann Marsh", FamilyRelationship.MOTHER), mother);
    ApiClient.Response given =
        api.post(
            "/api/v1/children/" + child.id() + "/consents",
            api.tokenFor(mother.email()),
            "{\"memberId\":\""
                + added.json().get("id").asString()
                + "\",\"status\":\"GIVEN\",\"method\":\"IN_APP\"}");
    assertThat(given.status()).isEqualTo(201);

    String token = api.tokenFor(outsider.email());
    assertThat(api.get("/api/v1/children/" + child.id(), token).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/children/" + child.id() + "/team", token).status()).isEqualTo(200);
    PageSession page = new PageSession(port);
    page.signIn(outsider.email(), TestChildren.PASSWORD);
    assertThat(page.get("/children/" + child.id()).status()).isEqualTo(200);
  }

  @Test
  void aChangeOfRoleOrOfAccountIsCheckedAgain() {
    JsonNode waiting =
        api.post(
                team(),
                sencoToken,
                "{\"userId\":\"" + outsider.id() + "\",\"role\":\"OTHER\",\"name\":\"Jo Out\"}")
            .json();
    ApiClient.Response toTeacher =
        api.send(
            "PUT",
            team() + "/" + waiting.get("id").asString(),
            sencoToken,
            "{\"name\":\"Jo Out\",\"role\":\"CLASS_TEACHER\",\"startOn\":\""
                + waiting.get("startOn").asString()
                + "\",\"version\":"
                + waiting.get("version").asLong()
                + "}");
    assertThat(toTeacher.status()).isEqualTo(400);
    assertThat(toTeacher.json().get("errors").get(0).get("field").asString()).isEqualTo("role");

    JsonNode assistant =
        api.post(team(), sencoToken, "{\"name\":\"Kim Lane\",\"role\":\"TEACHING_ASSISTANT\"}")
            .json();
    assertThat(assistant.get("consent").asString()).isEqualTo("NOT_NEEDED");
    ApiClient.Response linked =
        api.send(
            "PUT",
            team() + "/" + assistant.get("id").asString(),
            sencoToken,
            "{\"userId\":\""
                + outsider.id()
                + "\",\"name\":\"Kim Lane\",\"startOn\":\""
                + assistant.get("startOn").asString()
                + "\",\"version\":"
                + assistant.get("version").asLong()
                + "}");
    assertThat(linked.status()).isEqualTo(400);

    assertThat(members())
        .extracting(TeamMemberView::name, TeamMemberView::role, TeamMemberView::consent)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Jo Out", TeamRole.OTHER, ConsentStatus.PENDING),
            org.assertj.core.groups.Tuple.tuple(
                "Kim Lane", TeamRole.TEACHING_ASSISTANT, ConsentStatus.NOT_NEEDED));
    assertThat(members())
        .allMatch(m -> !outsider.id().equals(m.userId()) || m.role() == TeamRole.OTHER);
    assertSeesNothing(outsider.email());
  }

  @Test
  void aMembershipThatNeedsNoConsentLetsAPersonInOnlyWhileTheyAreStillStaff() {
    CurrentUser teacher = fixtures.account("Teacher", Role.TEACHER, fixtures.riverside().id());
    api.post(
        team(), sencoToken, "{\"userId\":\"" + teacher.id() + "\",\"role\":\"CLASS_TEACHER\"}");
    assertThat(api.get("/api/v1/children/" + child.id(), api.tokenFor(teacher.email())).status())
        .isEqualTo(200);

    jdbc.update("delete from user_role where user_id = ?", teacher.id());

    assertSeesNothing(teacher.email());
  }

  @Test
  void aRowThatBrokeTheRuleLetsNobodyInAndTheMigrationPutsItBackToPending() {
    UUID legacy = UUID.randomUUID();
    jdbc.update(
        "insert into team_member (id, child_id, user_id, name, role, start_on, consent)"
            + " values (?, ?, ?, 'Jo Out', 'TEACHING_ASSISTANT', current_date - 1, 'NOT_NEEDED')",
        legacy,
        child.id(),
        outsider.id());
    CurrentUser teacher = fixtures.user(TestChildren.TEACHER);
    UUID staff = UUID.randomUUID();
    jdbc.update(
        "insert into team_member (id, child_id, user_id, name, role, start_on, consent)"
            + " values (?, ?, ?, 'Tom Reid', 'CLASS_TEACHER', current_date - 1, 'NOT_NEEDED')",
        staff,
        child.id(),
        teacher.id());

    assertSeesNothing(outsider.email());

    jdbc.execute(migration("V11__team_consent_follows_the_person.sql"));
    assertThat(consentOf(legacy)).isEqualTo("PENDING");
    assertThat(consentOf(staff)).isEqualTo("NOT_NEEDED");
    assertSeesNothing(outsider.email());
  }

  private String consentOf(UUID memberId) {
    return jdbc.queryForObject(
        "select consent from team_member where id = ?", String.class, memberId);
  }

  private static String migration(String name) {
    try {
      return new ClassPathResource("db/migration/" + name)
          .getContentAsString(StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The person gets 404 on every part of the child's record, through the API and the pages. */
  private void assertSeesNothing(String email) {
    String token = api.tokenFor(email);
    for (String part : API_PARTS) {
      ApiClient.Response answer = api.get("/api/v1/children/" + child.id() + part, token);
      assertThat(answer.status()).as("API " + part).isEqualTo(404);
    }
    assertThat(api.get("/api/v1/children", token).body()).doesNotContain(child.id().toString());
    PageSession page = new PageSession(port);
    page.signIn(email, TestChildren.PASSWORD);
    for (String part : PAGE_PARTS) {
      assertThat(page.get("/children/" + child.id() + part).status())
          .as("page " + part)
          .isEqualTo(404);
    }
    assertThat(page.get("/").body()).doesNotContain(child.id().toString());
  }
}
