package org.goldenthread.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildDetails;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SenStatus;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A SENCO invites a parent to a child; accepting links the account at once. A parent of two
 * children at two schools, invited by each, sees both and only those.
 */
@IntegrationTest
class FamilyInvitationTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Organisations organisations;
  @Autowired Children children;
  @Autowired ChildAccess access;
  @Autowired Families families;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aNewParentSignsUpThroughTheInvitationAndSeesOnlyThatChild() {
    String email = "new.parent." + UUID.randomUUID() + "@example.org";
    UUID child = childAt("900001", "senco@riverside.example", email);

    String link = awaitInvitationLinkTo(email);
    PageSession parent = new PageSession(port);
    PageSession.Page form = parent.get(link);
    assertThat(form.status()).isEqualTo(200);
    PageSession.Page done =
        parent.submit(
            form,
            "main form",
            Map.of(
                "name", "Pat Parent",
                "password", "copper-kettle-lantern-5",
                "confirmPassword", "copper-kettle-lantern-5"));
    assertThat(done.location()).contains("/sign-in?invitationAccepted");

    ApiClient api = new ApiClient(port);
    String token = token(api, email, "copper-kettle-lantern-5");
    assertThat(ids(api.get("/api/v1/children", token).json())).containsExactly(child.toString());
    assertThat(api.get("/api/v1/children/" + child + "/team", token).status()).isEqualTo(200);
  }

  @Test
  void aParentWithChildrenAtTwoSchoolsSeesBoth() {
    String email = "two.schools." + UUID.randomUUID() + "@example.org";
    accounts.createOrGrant(email, "Sam Twohomes", "maple-harbour-signal-3", Role.PARENT, null);
    UUID atRiverside = childAt("900001", "senco@riverside.example", email);
    acceptAsExistingAccount(awaitInvitationLinkTo(email), "maple-harbour-signal-3");
    UUID atBrook = childAt("900002", "senco@brook.example", email);
    acceptAsExistingAccount(awaitNewestInvitationLinkTo(email, 2), "maple-harbour-signal-3");

    ApiClient api = new ApiClient(port);
    String token = token(api, email, "maple-harbour-signal-3");
    assertThat(ids(api.get("/api/v1/children", token).json()))
        .containsExactlyInAnyOrder(atRiverside.toString(), atBrook.toString());
  }

  private void acceptAsExistingAccount(String link, String password) {
    PageSession parent = new PageSession(port);
    PageSession.Page form = parent.get(link);
    assertThat(form.document().select("input[name=confirmPassword]")).isEmpty();
    PageSession.Page done = parent.submit(form, "main form", Map.of("password", password));
    assertThat(done.location()).contains("/sign-in?invitationAccepted");
  }

  private UUID childAt(String urn, String sencoEmail, String parentEmail) {
    CurrentUser senco = accounts.findByEmail(sencoEmail).orElseThrow();
    UUID school =
        organisations.schools().stream()
            .filter(s -> s.urn().equals(urn))
            .findFirst()
            .orElseThrow()
            .id();
    ChildSummary child =
        children.create(
            senco,
            new ChildDetails(
                "Alex",
                "Invited",
                null,
                LocalDate.of(2015, 1, 9),
                null,
                school,
                "6",
                SenStatus.K,
                NeedCode.SPLD,
                null,
                List.of("ENG"),
                false));
    AccessibleChild record = access.open(senco, child.id());
    FamilyMemberView member =
        families.add(
            record,
            new FamilyMemberDetails(
                "Pat Parent",
                parentEmail,
                null,
                FamilyRelationship.MOTHER,
                true,
                null,
                null,
                null,
                null,
                false,
                null));
    families.invite(record, member.id());
    return child.id();
  }

  private String awaitInvitationLinkTo(String email) {
    return awaitNewestInvitationLinkTo(email, 1);
  }

  /** The link in the newest invitation to the address, once {@code count} have arrived. */
  private String awaitNewestInvitationLinkTo(String email, int count) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from outbox_message where recipient = ?",
                        Long.class,
                        email)
                    >= count);
    String body =
        jdbc.queryForObject(
            "select body from outbox_message where recipient = ? order by created_at desc limit 1",
            String.class,
            email);
    return body.lines()
        .filter(line -> line.contains("/invitations/"))
        .map(line -> line.strip().replaceFirst("^https?://[^/]+", ""))
        .findFirst()
        .orElseThrow();
  }

  private static String token(ApiClient api, String email, String password) {
    return api.post(
            "/api/v1/auth/tokens",
            null,
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
        .json()
        .get("token")
        .asString();
  }

  private static List<String> ids(JsonNode page) {
    return page.get("items").valueStream().map(c -> c.get("id").asString()).toList();
  }
}
