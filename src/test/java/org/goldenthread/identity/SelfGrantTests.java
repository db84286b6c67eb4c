package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Nobody grants themselves a child: an administrator inviting their own address, a SENCO inviting
 * themselves as a parent, a signed-in person accepting someone else's invitation, a grant to the
 * person making it. Every grant that does happen is in the audit log with who made it.
 */
@IntegrationTest
class SelfGrantTests {

  private static final String ADMIN = "admin@goldenthread.example";
  private static final String SENCO = "senco@riverside.example";
  private static final String TEACHER = "teacher@riverside.example";
  private static final String PASSWORD = ApiClient.DEMO_PASSWORD;

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Invitations invitations;
  @Autowired Organisations organisations;
  @Autowired SecretTokens secrets;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anAdministratorInvitingTheirOwnAddressAsSencoIsRefusedAndNothingIsStored() {
    PageSession admin = new PageSession(port);
    admin.signIn(ADMIN, PASSWORD);
    int invitationsBefore = count("select count(*) from invitation");
    int mailBefore = OutboxLinks.count(jdbc, ADMIN);

    for (String own :
        List.of(
            ADMIN,
            "  Admin@GoldenThread.EXAMPLE  ",
            "ADMIN@goldenthread.example\t",
            "\u00a0admin@goldenthread.example",
            "admin+senco@goldenthread.example")) {
      PageSession.Page refused =
          admin.submit(
              admin.get("/admin/invitations/new"),
              "main form",
              Map.of(
                  "email",
                  own,
                  "name",
                  "Me Again",
                  "role",
                  "SENCO",
                  "sencoSchoolId",
                  riverside().toString()));
      assertThat(refused.status()).as(own).isEqualTo(200);
      assertThat(refused.document().select("#email-error").text())
          .as(own)
          .contains("You cannot invite your own email address");
      assertThat(refused.document().select(".govuk-error-summary a[href=#email]").text())
          .contains("You cannot invite your own email address");
    }

    assertThat(count("select count(*) from invitation")).isEqualTo(invitationsBefore);
    assertThat(OutboxLinks.count(jdbc, ADMIN)).isEqualTo(mailBefore);
    assertThat(accounts.findByEmail(ADMIN).orElseThrow().roles())
        .containsExactly(Role.PLATFORM_ADMIN);
    ApiClient api = new ApiClient(port);
    assertThat(api.get("/api/v1/children", api.tokenFor(ADMIN)).json().get("items")).isEmpty();
  }

  @Test
  void aSencoInvitingThemselvesAsAParentOfAChildIsRefusedAndNothingIsStored() {
    ApiClient api = new ApiClient(port);
    String senco = api.tokenFor(SENCO);
    String child = newChild(api, senco);
    ApiClient.Response member = addParent(api, senco, child, "  Senco@Riverside.Example ");
    assertThat(member.status()).isEqualTo(201);
    int invitationsBefore = count("select count(*) from invitation");

    PageSession page = new PageSession(port);
    page.signIn(SENCO, PASSWORD);
    PageSession.Page family = page.get("/children/" + child + "/family");
    PageSession.Page sent = page.submit(family, "form[action$=/invite]", Map.of());
    assertThat(sent.status()).isEqualTo(302);
    assertThat(page.get(sent.location()).document().select(".govuk-notification-banner").text())
        .contains("could not be sent");

    assertThat(count("select count(*) from invitation")).isEqualTo(invitationsBefore);
    assertThat(
            api.get("/api/v1/children/" + child + "/family", senco)
                .json()
                .get("members")
                .get("items")
                .get(0)
                .get("userId")
                .isNull())
        .isTrue();
    assertThat(accounts.findByEmail(SENCO).orElseThrow().roles()).doesNotContain(Role.PARENT);
  }

  @Test
  void grantsAreAuditedWithThePersonWhoGrantedThem() {
    CurrentUser administrator = accounts.findByEmail(ADMIN).orElseThrow();
    String email = "new.senco." + UUID.randomUUID() + "@example.org";
    PageSession admin = new PageSession(port);
    admin.signIn(ADMIN, PASSWORD);
    PageSession.Page sent =
        admin.submit(
            admin.get("/admin/invitations/new"),
            "main form",
            Map.of(
                "email",
                email,
                "name",
                "Jo Granted",
                "role",
                "SENCO",
                "sencoSchoolId",
                riverside().toString()));
    assertThat(sent.status()).isEqualTo(302);
    accept(new PageSession(port), email);

    Map<String, Object> grant =
        jdbc.queryForMap(
            "select actor_id, actor_name, what from audit_event"
                + " where action = 'ROLE_GRANTED' and what like ?",
            "%<" + email + ">%");
    assertThat(grant.get("actor_id")).isEqualTo(administrator.id());
    assertThat(grant.get("actor_name")).isEqualTo(administrator.displayName());
    assertThat((String) grant.get("what"))
        .isEqualTo("Granted SENCO at Riverside Academy to Newly Invited <" + email + ">");

    // A parent's grant names the SENCO who invited them.
    ApiClient api = new ApiClient(port);
    String senco = api.tokenFor(SENCO);
    String child = newChild(api, senco);
    String parent = "parent." + UUID.randomUUID() + "@example.org";
    addParent(api, senco, child, parent);
    PageSession sencoPages = new PageSession(port);
    sencoPages.signIn(SENCO, PASSWORD);
    sencoPages.submit(
        sencoPages.get("/children/" + child + "/family"), "form[action$=/invite]", Map.of());
    accept(new PageSession(port), parent);
    assertThat(
            jdbc.queryForObject(
                "select actor_id from audit_event where action = 'ROLE_GRANTED' and what like ?",
                UUID.class,
                "%<" + parent + ">%"))
        .isEqualTo(accounts.findByEmail(SENCO).orElseThrow().id());

    // The demo data's grants are made by Golden Thread itself, and say so.
    assertThat(
            count(
                "select count(*) from audit_event where action = 'ROLE_GRANTED'"
                    + " and actor_id is null and what like '%<"
                    + SENCO
                    + ">, by Golden Thread itself'"))
        .isPositive();
  }

  @Test
  void acceptingSomeoneElsesInvitationWhileSignedInGivesTheSignedInAccountNothing() {
    PageSession teacher = new PageSession(port);
    teacher.signIn(TEACHER, PASSWORD);
    UUID admin = accounts.findByEmail(ADMIN).orElseThrow().id();

    String newcomer = "head." + UUID.randomUUID() + "@example.org";
    invitations.invite(new NewInvitation(newcomer, "Ari Head", Role.HEAD, riverside()), admin);
    accept(teacher, newcomer);

    String existing = "existing." + UUID.randomUUID() + "@example.org";
    accounts.createOrGrant(existing, "Eve Existing", "existing-password-61", Role.PARENT, null);
    invitations.invite(new NewInvitation(existing, "Eve Existing", Role.SENCO, riverside()), admin);
    PageSession.Page form = teacher.get(OutboxLinks.newest(jdbc, existing, "/invitations/"));
    PageSession.Page done =
        teacher.submit(form, "main form", Map.of("password", "existing-password-61"));
    assertThat(done.status()).isEqualTo(302);

    assertThat(accounts.findByEmail(TEACHER).orElseThrow().roles()).containsExactly(Role.TEACHER);
    assertThat(accounts.findByEmail(newcomer).orElseThrow().roles()).containsExactly(Role.HEAD);
    assertThat(accounts.findByEmail(existing).orElseThrow().roles())
        .containsExactlyInAnyOrder(Role.PARENT, Role.SENCO);
    assertThat(teacher.get("/account").document().select("main").text())
        .contains(TEACHER)
        .doesNotContain("head teacher", "co-ordinator");
  }

  @Test
  void anInvitationSentToOneselfBeforeTheRuleCannotBeAccepted() {
    CurrentUser teacher = accounts.findByEmail(TEACHER).orElseThrow();
    String token = secrets.newToken();
    Instant now = Instant.now();
    jdbc.update(
        "insert into invitation (id, email, display_name, role, organisation_id, token_hash,"
            + " invited_by, created_at, expires_at) values (?, ?, ?, 'SENCO', ?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        TEACHER,
        teacher.displayName(),
        riverside(),
        secrets.hash(token),
        teacher.id(),
        java.sql.Timestamp.from(now),
        java.sql.Timestamp.from(now.plus(7, ChronoUnit.DAYS)));

    PageSession self = new PageSession(port);
    PageSession.Page form = self.get("/invitations/" + token);
    PageSession.Page refused = self.submit(form, "main form", Map.of("password", PASSWORD));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.document().select(".govuk-error-summary").text())
        .contains("You cannot give yourself a role");
    assertThat(accounts.findByEmail(TEACHER).orElseThrow().roles()).containsExactly(Role.TEACHER);
  }

  @Test
  void aRoleGrantedByThePersonReceivingItIsRefused() {
    String email = "self.grant." + UUID.randomUUID() + "@example.org";
    CurrentUser self =
        accounts.createOrGrant(email, "Sol Self", "self-grant-password-9", Role.PARENT, null);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                self.withoutPassword(), null, self.getAuthorities()));
    try {
      assertThatThrownBy(
              () -> accounts.createOrGrant(email, "Sol Self", null, Role.SENCO, riverside()))
          .isInstanceOf(InvitationRefused.class);
    } finally {
      SecurityContextHolder.clearContext();
    }
    assertThat(accounts.findByEmail(email).orElseThrow().roles()).containsExactly(Role.PARENT);
  }

  /** Follows the newest invitation to the address in this session and creates the account. */
  private void accept(PageSession session, String email) {
    PageSession.Page form = session.get(OutboxLinks.newest(jdbc, email, "/invitations/"));
    assertThat(form.status()).isEqualTo(200);
    PageSession.Page done =
        session.submit(
            form,
            "main form",
            Map.of(
                "name", "Newly Invited",
                "password", "granted-lantern-copper-3",
                "confirmPassword", "granted-lantern-copper-3"));
    assertThat(done.status()).isEqualTo(302);
  }

  private String newChild(ApiClient api, String token) {
    ApiClient.Response created =
        api.post(
            "/api/v1/children",
            token,
            "{\"givenName\":\"Sam\",\"familyName\":\"Selfgrant\",\"dateOfBirth\":\"2014-03-02\","
                + "\"schoolId\":\""
                + riverside()
                + "\",\"yearGroup\":\"7\",\"senStatus\":\"K\",\"primaryNeed\":\"SLCN\","
                + "\"homeLanguages\":[\"ENG\"]}");
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private static ApiClient.Response addParent(
      ApiClient api, String token, String child, String email) {
    return api.post(
        "/api/v1/children/" + child + "/family",
        token,
        "{\"name\":\"Pat Parent\",\"email\":\""
            + email
            + "\",\"relationship\":\"MOTHER\",\"parentalResponsibility\":true}");
  }

  private UUID riverside() {
    return organisations.schools().stream()
        .filter(school -> school.name().equals("Riverside Academy"))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }
}
