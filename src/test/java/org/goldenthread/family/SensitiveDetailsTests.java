package org.goldenthread.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.ConsentMethod;
import org.goldenthread.child.ConsentStatus;
import org.goldenthread.child.Consents;
import org.goldenthread.child.TeamMemberDetails;
import org.goldenthread.child.TeamMemberView;
import org.goldenthread.child.TeamRole;
import org.goldenthread.child.Teams;
import org.goldenthread.child.TestChildren;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The sensitive details of a family have a smaller audience, field by field, through the API and
 * the pages: the family's circumstances and the court order behind a limit are seen by the family,
 * the SENCO and the lead professional; a withheld (refuge) address only by that person, the SENCO
 * and the lead professional, never by the other parent; an ordinary address by everyone who reads
 * the family. What someone may not see is absent from the JSON, not null.
 */
@IntegrationTest
@Import(TestChildren.class)
class SensitiveDetailsTests {

  static final String REFUGE = "Flat 3, Safe House Road";
  static final String HOME = "12 High Street, Northshire";
  static final String ORDER = "Prohibited steps order: no contact details";
  static final String CIRCUMSTANCES = "Mum works nights at the hospital";

  @LocalServerPort int port;
  @Autowired TestChildren fixtures;
  @Autowired Teams teams;
  @Autowired Families families;
  @Autowired FamilyContexts contexts;
  @Autowired Consents consents;
  ApiClient api;
  ChildSummary child;
  Map<String, String> viewers;
  UUID mothersEntry;
  UUID fathersEntry;
  UUID carersEntry;

  /** Who, and whether they see: circumstances, the court order, the refuge address, an address. */
  static Stream<Arguments> viewers() {
    return Stream.of(
        Arguments.of("mother (the refuge address is hers)", true, true, true, true),
        Arguments.of("father (the other parent)", true, true, false, true),
        Arguments.of("SENCO", true, true, true, true),
        Arguments.of("lead professional", true, true, true, true),
        Arguments.of("head teacher", false, false, false, true),
        Arguments.of("class teacher on the team", false, false, false, true),
        Arguments.of("team member with consent", false, false, false, true),
        Arguments.of("authority officer", false, false, false, true));
  }

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    child = fixtures.create("Mia", TestChildren.unique("Ford"));
    AccessibleChild asSenco = fixtures.as(TestChildren.SENCO, child.id());
    CurrentUser mother = fixtures.account("Mother", Role.PARENT, null);
    CurrentUser father = fixtures.account("Father", Role.PARENT, null);
    mothersEntry =
        fixtures
            .parent(child, withAddress("Eve Ford", FamilyRelationship.MOTHER, REFUGE, true), mother)
            .id();
    fathersEntry =
        fixtures
            .parent(child, withAddress("Dan Ford", FamilyRelationship.FATHER, HOME, false), father)
            .id();
    carersEntry =
        families
            .add(
                asSenco,
                new FamilyMemberDetails(
                    "Gran Ford",
                    null,
                    null,
                    FamilyRelationship.GRANDPARENT,
                    false,
                    null,
                    null,
                    null,
                    null,
                    true,
                    ORDER))
            .id();
    contexts.update(asSenco, 0, new FamilyContextView(null, null, null, CIRCUMSTANCES, 0));

    CurrentUser member = fixtures.professional("Member");
    CurrentUser lead = fixtures.professional("Lead");
    CurrentUser teacher = fixtures.user(TestChildren.TEACHER);
    teams.add(asSenco, memberDetails(teacher, TeamRole.CLASS_TEACHER));
    AccessibleChild asMother = fixtures.as(mother.email(), child.id());
    for (CurrentUser professional : new CurrentUser[] {member, lead}) {
      TeamMemberView added = teams.add(asSenco, memberDetails(professional, TeamRole.OTHER));
      consents.record(asMother, added.id(), ConsentStatus.GIVEN, ConsentMethod.IN_APP, null, null);
      if (professional == lead) {
        teams.makeLead(asSenco, added.id());
      }
    }
    viewers =
        Map.of(
            "mother (the refuge address is hers)", mother.email(),
            "father (the other parent)", father.email(),
            "SENCO", TestChildren.SENCO,
            "lead professional", lead.email(),
            "head teacher", fixtures.head().email(),
            "class teacher on the team", TestChildren.TEACHER,
            "team member with consent", member.email(),
            "authority officer", TestChildren.OFFICER);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("viewers")
  void theApiLeavesOutWhatEachPersonMayNotSee(
      String who, boolean circumstances, boolean order, boolean refuge, boolean address) {
    ApiClient.Response family =
        api.get("/api/v1/children/" + child.id() + "/family", api.tokenFor(viewers.get(who)));
    assertThat(family.status()).isEqualTo(200);
    JsonNode json = family.json();

    assertThat(json.has("context")).as("context").isEqualTo(circumstances);
    assertThat(family.body().contains(CIRCUMSTANCES)).as("circumstances").isEqualTo(circumstances);
    JsonNode carer = member(json, carersEntry);
    assertThat(carer.get("informationLimited").asBoolean()).as("limit shown to all").isTrue();
    assertThat(carer.has("limitationNote")).as("limitationNote").isEqualTo(order);
    assertThat(family.body().contains(ORDER)).as("court order").isEqualTo(order);
    JsonNode mother = member(json, mothersEntry);
    assertThat(mother.has("address")).as("refuge address").isEqualTo(refuge);
    assertThat(mother.has("addressWithheld")).as("whether withheld").isEqualTo(refuge);
    assertThat(family.body().contains(REFUGE)).as("refuge").isEqualTo(refuge);
    assertThat(member(json, fathersEntry).has("address")).as("ordinary address").isEqualTo(address);
    assertThat(family.body().contains(HOME)).as("ordinary address").isEqualTo(address);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("viewers")
  void theFamilyPageShowsEachPersonExactlyWhatTheyMaySee(
      String who, boolean circumstances, boolean order, boolean refuge, boolean address) {
    PageSession page = new PageSession(port);
    page.signIn(viewers.get(who), TestChildren.PASSWORD);
    Page family = page.get("/children/" + child.id() + "/family");
    assertThat(family.status()).isEqualTo(200);
    String text = family.document().text();

    assertThat(text.contains(CIRCUMSTANCES)).as("circumstances").isEqualTo(circumstances);
    assertThat(family.document().select("#context").isEmpty()).isEqualTo(!circumstances);
    assertThat(text.contains(ORDER)).as("court order").isEqualTo(order);
    assertThat(family.document().select("#member-" + carersEntry + " .govuk-warning-text").text())
        .as("limit shown to all")
        .contains("Warning Information limited");
    assertThat(text.contains(REFUGE)).as("refuge address").isEqualTo(refuge);
    assertThat(text.contains(HOME)).as("ordinary address").isEqualTo(address);
  }

  @Test
  void theOtherParentCannotSeeNorChangeTheRefugeAddressButItsOwnerCan() {
    PageSession father = new PageSession(port);
    father.signIn(viewers.get("father (the other parent)"), TestChildren.PASSWORD);
    Page form = father.get("/children/" + child.id() + "/family/" + mothersEntry + "/edit");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("#address, [name=addressWithheld]")).isEmpty();
    assertThat(form.body()).doesNotContain(REFUGE);

    JsonNode seen =
        member(
            api.get(
                    "/api/v1/children/" + child.id() + "/family",
                    api.tokenFor(viewers.get("father (the other parent)")))
                .json(),
            mothersEntry);
    ApiClient.Response refused =
        api.send(
            "PUT",
            "/api/v1/children/" + child.id() + "/family/" + mothersEntry,
            api.tokenFor(viewers.get("father (the other parent)")),
            "{\"address\":\"" + REFUGE + "\",\"version\":" + seen.get("version").asLong() + "}");
    assertThat(refused.status()).isEqualTo(403);

    PageSession mother = new PageSession(port);
    mother.signIn(viewers.get("mother (the refuge address is hers)"), TestChildren.PASSWORD);
    Page own = mother.get("/children/" + child.id() + "/family/" + mothersEntry + "/edit");
    assertThat(own.document().select("#address").text()).isEqualTo(REFUGE);
    assertThat(own.document().select("input[name=addressWithheld][checked]").val())
        .isEqualTo("true");
  }

  @Test
  void theHeadMayNotChangeTheFamilysCircumstances() {
    String head = viewers.get("head teacher");
    ApiClient.Response refused =
        api.send(
            "PUT",
            "/api/v1/children/" + child.id() + "/family/context",
            api.tokenFor(head),
            "{\"circumstances\":\"Rewritten\",\"version\":1}");
    assertThat(refused.status()).isEqualTo(403);
    PageSession page = new PageSession(port);
    page.signIn(head, TestChildren.PASSWORD);
    assertThat(page.get("/children/" + child.id() + "/family/context").status()).isEqualTo(403);
  }

  private static JsonNode member(JsonNode family, UUID id) {
    return family
        .get("members")
        .get("items")
        .valueStream()
        .filter(m -> m.get("id").asString().equals(id.toString()))
        .findFirst()
        .orElseThrow();
  }

  private static FamilyMemberDetails withAddress(
      String name, FamilyRelationship relationship, String address, boolean withheld) {
    return new FamilyMemberDetails(
        name,
        null,
        null,
        relationship,
        true,
        null,
        null,
        null,
        null,
        false,
        null,
        address,
        withheld);
  }

  private static TeamMemberDetails memberDetails(CurrentUser person, TeamRole role) {
    return new TeamMemberDetails(person.id(), null, role, null, null, null, null);
  }
}
