package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.IntegrationTest;
import org.goldenthread.family.FamilyRelationship;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * When a person's way into a child's record ends (consent withdrawn, leaving the team, a limit on
 * what they are told), {@link ChildAccessEnded} is published in the same transaction as the change,
 * and they get 404 at once on every page and API answer about the child.
 */
@IntegrationTest
@Import(TestChildren.class)
class AccessEndsTests {

  @LocalServerPort int port;
  @Autowired TestChildren fixtures;
  @Autowired TestChildren.AccessEndedRecorder recorder;
  ApiClient api;
  String sencoToken;
  ChildSummary child;
  CurrentUser professional;
  CurrentUser mother;
  String motherToken;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    sencoToken = api.tokenFor(TestChildren.SENCO);
    child = fixtures.create("Ruth", TestChildren.unique("Vale"));
    professional = fixtures.professional("Therapist");
    mother = fixtures.account("Mother", Role.PARENT, null);
    fixtures.parent(child, TestChildren.details("Amy Vale", FamilyRelationship.MOTHER), mother);
    motherToken = api.tokenFor(mother.email());
  }

  private String base() {
    return "/api/v1/children/" + child.id();
  }

  /** The professional on the team with consent given: they see the child. */
  private JsonNode professionalWithConsent() {
    JsonNode member =
        api.post(
                base() + "/team",
                sencoToken,
                "{\"userId\":\"" + professional.id() + "\",\"role\":\"SOCIAL_WORKER\"}")
            .json();
    assertThat(
            api.post(
                    base() + "/consents",
                    motherToken,
                    "{\"memberId\":\""
                        + member.get("id").asString()
                        + "\",\"status\":\"GIVEN\",\"method\":\"WRITTEN\"}")
                .status())
        .isEqualTo(201);
    assertSees(professional.email(), 200);
    return api.get(base() + "/team", sencoToken)
        .json()
        .get("items")
        .valueStream()
        .filter(m -> m.get("id").asString().equals(member.get("id").asString()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void consentWithdrawnEndsAccessAtOnceAndIsPublished() {
    JsonNode member = professionalWithConsent();

    ApiClient.Response withdrawn =
        api.post(
            base() + "/consents",
            motherToken,
            "{\"memberId\":\""
                + member.get("id").asString()
                + "\",\"status\":\"WITHDRAWN\",\"method\":\"IN_APP\"}");

    assertThat(withdrawn.status()).isEqualTo(201);
    assertSees(professional.email(), 404);
    assertThat(recorder.about(child.id()))
        .containsExactly(
            new ChildAccessEnded(
                child.id(), professional.id(), ChildAccessEnded.Reason.CONSENT_WITHDRAWN));
  }

  @Test
  void removalFromTheTeamEndsAccessAtOnceAndIsPublished() {
    JsonNode member = professionalWithConsent();

    assertThat(
            api.send("DELETE", base() + "/team/" + member.get("id").asString(), sencoToken, null)
                .status())
        .isEqualTo(204);

    assertSees(professional.email(), 404);
    assertThat(recorder.about(child.id()))
        .containsExactly(
            new ChildAccessEnded(child.id(), professional.id(), ChildAccessEnded.Reason.LEFT_TEAM));
  }

  @Test
  void anEndDateOfTodayEndsAccessAtOnceAndIsPublished() {
    JsonNode member = professionalWithConsent();
    String today = LocalDate.now().toString();

    ApiClient.Response ended =
        api.send(
            "PUT",
            base() + "/team/" + member.get("id").asString(),
            sencoToken,
            "{\"name\":\"Sam Social\",\"startOn\":\""
                + member.get("startOn").asString()
                + "\",\"endOn\":\""
                + today
                + "\",\"version\":"
                + member.get("version").asLong()
                + "}");

    assertThat(ended.status()).isEqualTo(200);
    assertSees(professional.email(), 404);
    assertThat(recorder.about(child.id()))
        .containsExactly(
            new ChildAccessEnded(child.id(), professional.id(), ChildAccessEnded.Reason.LEFT_TEAM));
  }

  @Test
  void aLimitRecordedOnAParentEndsTheirAccessAtOnceAndIsPublished() {
    JsonNode entry =
        api.get(base() + "/family", sencoToken).json().get("members").get("items").get(0);
    assertSees(mother.email(), 200);

    ApiClient.Response limited =
        api.send(
            "PUT",
            base() + "/family/" + entry.get("id").asString(),
            sencoToken,
            "{\"informationLimited\":true,\"limitationNote\":\"Court order of 2 March 2026\","
                + "\"version\":"
                + entry.get("version").asLong()
                + "}");

    assertThat(limited.status()).isEqualTo(200);
    assertSees(mother.email(), 404);
    assertThat(recorder.about(child.id()))
        .containsExactly(
            new ChildAccessEnded(
                child.id(), mother.id(), ChildAccessEnded.Reason.INFORMATION_LIMITED));
  }

  @Test
  void aTeacherWhoLeavesTheTeamStillSeesTheSchoolsPupilsSoTheirAccessHasNotEnded() {
    CurrentUser teacher = fixtures.user(TestChildren.TEACHER);
    JsonNode member =
        api.post(
                base() + "/team",
                sencoToken,
                "{\"userId\":\"" + teacher.id() + "\",\"role\":\"CLASS_TEACHER\"}")
            .json();

    api.send("DELETE", base() + "/team/" + member.get("id").asString(), sencoToken, null);

    assertThat(api.get(base(), api.tokenFor(TestChildren.TEACHER)).status()).isEqualTo(200);
    assertThat(recorder.about(child.id())).isEmpty();
  }

  @Test
  void aRefusedChangePublishesNothing() {
    JsonNode member = professionalWithConsent();

    ApiClient.Response refused =
        api.send(
            "DELETE",
            base() + "/team/" + member.get("id").asString(),
            api.tokenFor(professional.email()),
            null);

    assertThat(refused.status()).isEqualTo(403);
    assertSees(professional.email(), 200);
    assertThat(recorder.about(child.id())).isEmpty();
  }

  /** Every page and API answer about the child gives this status to the person. */
  private void assertSees(String email, int status) {
    String token = api.tokenFor(email);
    for (String part : List.of("", "/family", "/team", "/plan", "/meetings")) {
      assertThat(api.get(base() + part, token).status()).as("API " + part).isEqualTo(status);
    }
    PageSession page = new PageSession(port);
    page.signIn(email, TestChildren.PASSWORD);
    for (String part : List.of("", "/family", "/team", "/plan", "/meetings")) {
      assertThat(page.get("/children/" + child.id() + part).status())
          .as("page " + part)
          .isEqualTo(status);
    }
  }
}
