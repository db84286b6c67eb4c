package org.goldenthread.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.TeamMemberDetails;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Parents cannot lock each other out: only the SENCO, the head or the authority officer records or
 * clears a limit on what a family member is told, always with the court order or reason, and every
 * change of it is in the child's audit trail. The limited parent sees on their home that a limit is
 * recorded, and whom to ask, and nothing of the child's record.
 */
@IntegrationTest
@Import(TestChildren.class)
class InformationLimitTests {

  static final String ORDER = "Child arrangements order of 2 March 2026: no school reports";

  @LocalServerPort int port;
  @Autowired TestChildren fixtures;
  @Autowired Teams teams;
  ApiClient api;
  String sencoToken;
  ChildSummary child;
  CurrentUser mother;
  CurrentUser father;
  String motherToken;
  String fatherEntry;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    sencoToken = api.tokenFor(TestChildren.SENCO);
    child = fixtures.create("Lily", TestChildren.unique("Hart"));
    mother = fixtures.account("Mother", Role.PARENT, null);
    father = fixtures.account("Father", Role.PARENT, null);
    fixtures.parent(child, TestChildren.details("Ana Hart", FamilyRelationship.MOTHER), mother);
    fatherEntry =
        fixtures
            .parent(child, TestChildren.details("Ben Hart", FamilyRelationship.FATHER), father)
            .id()
            .toString();
    motherToken = api.tokenFor(mother.email());
    teams.add(
        fixtures.as(TestChildren.SENCO, child.id()),
        new TeamMemberDetails(
            fixtures.user(TestChildren.SENCO).id(),
            null,
            TeamRole.SENCO,
            "Riverside Academy",
            null,
            null,
            null));
  }

  private String family() {
    return "/api/v1/children/" + child.id() + "/family";
  }

  private JsonNode fatherAsSencoSees() {
    return api.get(family(), sencoToken)
        .json()
        .get("members")
        .get("items")
        .valueStream()
        .filter(m -> m.get("id").asString().equals(fatherEntry))
        .findFirst()
        .orElseThrow();
  }

  private ApiClient.Response put(String token, String json) {
    return api.send("PUT", family() + "/" + fatherEntry, token, json);
  }

  @Test
  void aParentWhoTriesToLimitTheOtherParentGets403AndNothingIsSaved() {
    long version = fatherAsSencoSees().get("version").asLong();

    ApiClient.Response refused =
        put(
            motherToken,
            "{\"name\":\"Ben Hart-Smith\",\"informationLimited\":true,\"limitationNote\":\"I say"
                + " so\",\"version\":"
                + version
                + "}");

    assertThat(refused.status()).isEqualTo(403);
    JsonNode after = fatherAsSencoSees();
    assertThat(after.get("name").asString()).isEqualTo("Ben Hart");
    assertThat(after.get("informationLimited").asBoolean()).isFalse();
    assertThat(after.get("version").asLong()).isEqualTo(version);
    assertThat(api.get("/api/v1/children/" + child.id(), api.tokenFor(father.email())).status())
        .isEqualTo(200);
  }

  @Test
  void aParentCannotClearALimitTheSchoolRecordedNorLoseItByChangingOtherDetails() {
    long version = fatherAsSencoSees().get("version").asLong();
    assertThat(
            put(
                    sencoToken,
                    "{\"informationLimited\":true,\"limitationNote\":\""
                        + ORDER
                        + "\",\"version\":"
                        + version
                        + "}")
                .status())
        .isEqualTo(200);
    long limitedVersion = fatherAsSencoSees().get("version").asLong();

    ApiClient.Response cleared =
        put(motherToken, "{\"informationLimited\":false,\"version\":" + limitedVersion + "}");
    assertThat(cleared.status()).isEqualTo(403);

    ApiClient.Response renamed =
        put(motherToken, "{\"phone\":\"07700 900555\",\"version\":" + limitedVersion + "}");
    assertThat(renamed.status()).isEqualTo(200);
    JsonNode after = fatherAsSencoSees();
    assertThat(after.get("informationLimited").asBoolean()).isTrue();
    assertThat(after.get("limitationNote").asString()).isEqualTo(ORDER);
    assertThat(after.get("phone").asString()).isEqualTo("07700 900555");
    assertThat(api.get("/api/v1/children/" + child.id(), api.tokenFor(father.email())).status())
        .isEqualTo(404);
  }

  @Test
  void aLimitNeedsTheCourtOrderOrReasonWhenRecordedAndWhenCleared() {
    long version = fatherAsSencoSees().get("version").asLong();
    ApiClient.Response noReason =
        put(sencoToken, "{\"informationLimited\":true,\"version\":" + version + "}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("errors").get(0).get("field").asString())
        .isEqualTo("limitationNote");

    put(
        sencoToken,
        "{\"informationLimited\":true,\"limitationNote\":\""
            + ORDER
            + "\",\"version\":"
            + version
            + "}");
    long limited = fatherAsSencoSees().get("version").asLong();
    assertThat(
            put(sencoToken, "{\"informationLimited\":false,\"version\":" + limited + "}").status())
        .isEqualTo(400);
    assertThat(
            put(
                    sencoToken,
                    "{\"informationLimited\":false,\"limitationNote\":\"Order discharged on 1"
                        + " December 2026\",\"version\":"
                        + limited
                        + "}")
                .status())
        .isEqualTo(200);
    assertThat(fatherAsSencoSees().get("informationLimited").asBoolean()).isFalse();
    assertThat(api.get("/api/v1/children/" + child.id(), api.tokenFor(father.email())).status())
        .isEqualTo(200);
  }

  @Test
  void theAuthorityOfficerAndTheHeadMayRecordALimitButATeacherMayNot() {
    long version = fatherAsSencoSees().get("version").asLong();
    String limit = "{\"informationLimited\":true,\"limitationNote\":\"" + ORDER + "\",\"version\":";
    assertThat(put(api.tokenFor(TestChildren.TEACHER), limit + version + "}").status())
        .isEqualTo(403);
    assertThat(put(api.tokenFor(TestChildren.OFFICER), limit + version + "}").status())
        .isEqualTo(200);

    long limited = fatherAsSencoSees().get("version").asLong();
    CurrentUser head = fixtures.head();
    ApiClient.Response cleared =
        put(
            api.tokenFor(head.email()),
            "{\"informationLimited\":false,\"limitationNote\":\"Order ended\",\"version\":"
                + limited
                + "}");
    assertThat(cleared.status()).isEqualTo(200);
    assertThat(cleared.json().has("limitationNote")).isFalse();
  }

  @Test
  void everyChangeOfTheLimitIsInTheAuditTrailWithoutItsReason() {
    long version = fatherAsSencoSees().get("version").asLong();
    put(
        sencoToken,
        "{\"informationLimited\":true,\"limitationNote\":\""
            + ORDER
            + "\",\"version\":"
            + version
            + "}");
    put(
        sencoToken,
        "{\"informationLimited\":false,\"limitationNote\":\"Order discharged\",\"version\":"
            + (version + 1)
            + "}");

    ApiClient.Response audit = api.get("/api/v1/children/" + child.id() + "/audit", sencoToken);
    List<String> what =
        audit.json().get("items").valueStream().map(e -> e.get("what").asString()).toList();
    assertThat(what)
        .contains(
            "Recorded a limit on what Ben Hart is told",
            "Cleared the limit on what Ben Hart is told");
    assertThat(audit.body()).doesNotContain("Child arrangements order", "Order discharged");
  }

  @Test
  void theParentsFormDoesNotOfferTheLimitNorCarryOne() {
    PageSession page = new PageSession(port);
    page.signIn(mother.email(), TestChildren.PASSWORD);
    Page form = page.get("/children/" + child.id() + "/family/" + fatherEntry + "/edit");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("[name=informationLimited], [name=limitationNote]"))
        .isEmpty();
    assertThat(page.get("/children/" + child.id() + "/family/" + fatherEntry + "/limit").status())
        .isEqualTo(403);
    assertThat(page.get("/children/" + child.id() + "/family").document().select("a[href$=/limit]"))
        .isEmpty();

    Page posted =
        page.submit(
            form,
            "main form",
            Map.of(
                "name", "Ben Hart",
                "relationship", "FATHER",
                "parentalResponsibility", "true",
                "informationLimited", "true",
                "limitationNote", "I say so"));
    assertThat(posted.status()).isEqualTo(302);
    assertThat(fatherAsSencoSees().get("informationLimited").asBoolean()).isFalse();
  }

  @Test
  void theSencoRecordsALimitOnItsOwnPageAndTheLimitedParentSeesOnlyWhomToAsk() {
    PageSession senco = new PageSession(port);
    senco.signIn(TestChildren.SENCO, TestChildren.PASSWORD);
    Page familyPage = senco.get("/children/" + child.id() + "/family");
    assertThat(familyPage.document().select("a[href$=" + fatherEntry + "/limit]").text())
        .contains("Limit what they are told");
    Page form = senco.get("/children/" + child.id() + "/family/" + fatherEntry + "/limit");
    Page refused = senco.submit(form, "main form", Map.of("limited", "true", "reason", ""));
    assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#reason");

    Page saved = senco.submit(refused, "main form", Map.of("limited", "true", "reason", ORDER));
    assertThat(saved.status()).isEqualTo(302);
    Page after = senco.get(saved.location());
    assertThat(after.document().select(".govuk-notification-banner--success").text())
        .contains("A limit on what Ben Hart is told has been recorded");
    assertThat(after.document().select("#member-" + fatherEntry + " .govuk-warning-text").text())
        .contains(ORDER);
    assertThat(
            senco
                .get("/children/" + child.id() + "/family/" + fatherEntry + "/limit")
                .document()
                .select("#limit-history")
                .text())
        .contains(ORDER, "Helen Carter");

    PageSession limited = new PageSession(port);
    Page home = limited.signIn(father.email(), TestChildren.PASSWORD);
    assertThat(home.document().select("#limits").text())
        .contains("A limit is recorded on what you are told about Lily")
        .contains("ask Helen Carter, the SENCO at Riverside Academy");
    assertThat(home.document().select("#children").text())
        .doesNotContain("No child has been linked");
    assertThat(home.body()).doesNotContain(child.id().toString(), child.familyName(), ORDER);
    assertThat(limited.get("/children/" + child.id()).status()).isEqualTo(404);
  }
}
